package connectomej.track;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.nn.ModelInfo;
import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Trains the 3C colour network: synthetic TEM stacks (seeds 101-103, 256 x 256 x 32) and the gala FIB-SEM training
 * volume; validates colour accuracy on synthetic seed 199. Arguments: output model, minutes, [k], [last synthetic seed,
 * default 103], [patch size, default 48], [model to continue training from, "-" = a new one], [copies of the gala volume among the
 * stacks, default 1: its share of the samples], [entering weight, default 0: the weight of the uniform target on entering
 * objects, {@link TrackTrainer.Mix}], [U-Net levels of a new model, default 3], [its first width, default 8], [displaced
 * weight, default 1: the factor on voxels under another seed label than their target's, {@link TrackTrainer.Mix}], [seed
 * shift, default 0: the largest offset in pixels of the seed patch against the next section's], [MAP: a new model reads
 * the next section's boundary map (session 14); the synthetic stacks get the shipped U-Net's membrane map, the gala
 * volume the map MAP = FILE:/DATASET (an out-of-sample map of train.h5)], [ERASE: with MAP, the gala volume is also
 * seeded by its ground truth erased where the map is at least ERASE, as the sweep erases its seeds], [SHARE: the share of
 * samples drawn from that erased gala stack], [SWEPT = FILE:/DATASET: with ERASE, that stack is seeded by these labels
 * of a sweep over the gala volume instead of its ground truth (session 15)], [AHEAD, default 0: a new model also reads
 * the EM (and, with MAP, the map) of this many sections beyond the next one (session 16)], [LEARNING_RATE, default 3e-3
 * for a new model and the stored one for a continued model: the Adam learning rate of this run (session 17)], [BEHIND,
 * default 0: 1 = a new model also reads the section before the seed section, its EM and coloured seeds (session 17)],
 * [SYNTHETIC, default tem: the modality of the synthetic stacks and of the validation stack, tem or fibsem (the
 * generator's isotropic 8 nm preset, as gala is FIB-SEM; session 19)], [SWEEP, default z: the gala volume's sections
 * are taken across this axis, z, y or x ({@link SweepAxis}; session 21)], [BAND, default 1: the factor on the weight of
 * voxels under no seed label, {@link TrackTrainer.Mix} (session 22)].
 * [GAP, default 1: every training stack is taken as GAP stacks of every GAP-th section (offsets 0..GAP-1), so that a
 * training pair is a seed section and the section GAP beyond it, for sweeps with {@code stride=GAP} of
 * {@link TrackAcceptance} (session 26)].
 * ERASE, SHARE, SWEPT, AHEAD, LEARNING_RATE, BEHIND, SYNTHETIC, SWEEP, BAND and GAP may be "-" for none (their defaults).
 */
public final class TrackTrainingRun {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		double minutes = Double.parseDouble(args[1]);
		int k = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		List<TrainingStack> stacks = new ArrayList<>();
		long lastSeed = args.length > 3 ? Long.parseLong(args[3]) : 103;
		int patch = args.length > 4 ? Integer.parseInt(args[4]) : 48;
		String map = args.length > 12 ? args[12] : null;
		boolean fibsem = given(args, 19) && args[19].equals("fibsem");
		if (given(args, 19) && !fibsem && !args[19].equals("tem"))
			throw new IllegalArgumentException("SYNTHETIC must be tem or fibsem, not " + args[19]);
		for (long seed = 101; seed <= lastSeed; seed++)
			stacks.add(synthetic(seed, 32, map != null, fibsem));
		Path gala = Path.of("../shared/data/gala_fibsem/train.h5");
		List<SweptStack> erased = new ArrayList<>();
		int galaCopies = args.length > 6 ? Integer.parseInt(args[6]) : 1;
		SweepAxis sweep = given(args, 20) ? SweepAxis.of(args[20]) : SweepAxis.Z;
		if (sweep != SweepAxis.Z && given(args, 15))
			throw new IllegalArgumentException("SWEPT seeds are z sweeps; they cannot be combined with SWEEP " + args[20]);
		if (galaCopies > 0 && Files.exists(gala)) {
			var galaTruth = sweep.sections(LabelVolumes.of(Hdf5Volumes.read(gala, "/gt").data(), gala));
			TrainingStack galaStack = TrainingStack.of(sweep.sections(Hdf5Volumes.read(gala, "/raw").data()), galaTruth);
			if (map != null) {
				var boundaryMap = sweep.sections(VolumeFiles.read(map).data());
				galaStack = galaStack.withMap(boundaryMap);
				if (given(args, 13))
					erased.add(SweptStack.of(galaStack, given(args, 15) ? Views.zeroMin(sweptSeeds(args[15], gala)) : Views.zeroMin(galaTruth),
							new BoundarySeeds(Views.zeroMin(boundaryMap), Double.parseDouble(args[13]))));
			}
			for (int copy = 0; copy < galaCopies; copy++)
				stacks.add(galaStack);
		}
		if (given(args, 22) && Integer.parseInt(args[22]) > 1) {
			if (!erased.isEmpty())
				throw new IllegalArgumentException("GAP cannot be combined with ERASE");
			stacks = strided(stacks, Integer.parseInt(args[22]));
		}
		TrainingStack validation = synthetic(199, 8, map != null, fibsem);
		int levels = args.length > 8 ? Integer.parseInt(args[8]) : 3, width = args.length > 9 ? Integer.parseInt(args[9]) : 8;
		ColourModel model = args.length > 5 && !args[5].equals("-") ? ColourModel.load(Path.of(args[5])) : ColourModel.create(k, map != null ? 1 : 0,
				given(args, 16) ? Integer.parseInt(args[16]) : 0, given(args, 18) ? Integer.parseInt(args[18]) : 0, levels, width, 42, 3e-3);
		if (given(args, 17))
			model.network().setLearningRate(Double.parseDouble(args[17]));
		TrackTrainer.Settings s = new TrackTrainer.Settings(patch, 4, Duration.ofSeconds((long) (minutes * 60)), Integer.MAX_VALUE, 7);
		var mix = new TrackTrainer.Mix(given(args, 14) ? Double.parseDouble(args[14]) : 0, 0, args.length > 7 ? Double.parseDouble(args[7]) : 0,
				args.length > 10 ? Double.parseDouble(args[10]) : 1, args.length > 11 ? Integer.parseInt(args[11]) : 0,
				given(args, 21) ? Double.parseDouble(args[21]) : 1);
		TrackTrainer.train(model, stacks, erased, s, mix, p -> System.out.printf("step %d loss %.4f after %s%n", p.steps(), p.loss(), p.elapsed()));
		double accuracy = TrackTrainer.colourAccuracy(model, validation, 48, 32, 3);
		model.save(out, patch, new ModelInfo.Training("synthetic " + (fibsem ? "FIB-SEM" : "TEM") + " seeds 101-" + lastSeed + " (256x256x32)"
				+ (galaCopies > 0 ? " + gala_fibsem/train.h5" : ""),
				"java -cp ... connectomej.track.TrackTrainingRun " + String.join(" ", args)), Map.of("colour_accuracy", accuracy));
		System.out.printf("validation colour accuracy %.4f%n", accuracy);
		System.out.println("written " + out);
	}

	/** Each stack as {@code gap} stacks of every {@code gap}-th section, from offsets 0 to gap - 1. */
	private static List<TrainingStack> strided(List<TrainingStack> stacks, int gap) {
		List<TrainingStack> out = new ArrayList<>();
		for (TrainingStack t : stacks)
			for (int offset = 0; offset < gap; offset++) {
				int depth = (t.depth() - offset + gap - 1) / gap;
				float[][] em = new float[depth][], maps = t.maps() == null ? null : new float[depth][];
				long[][] labels = new long[depth][];
				for (int i = 0; i < depth; i++) {
					em[i] = t.em()[offset + i * gap];
					labels[i] = t.labels()[offset + i * gap];
					if (maps != null)
						maps[i] = t.maps()[offset + i * gap];
				}
				out.add(new TrainingStack(em, labels, t.width(), t.height(), maps));
			}
		return out;
	}

	/** Whether argument {@code index} is there and not "-". */
	private static boolean given(String[] args, int index) {
		return args.length > index && !args[index].equals("-");
	}

	/** The labels a sweep gave the gala volume ({@code save=} of {@link TrackAcceptance}), to seed training as they seeded it. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> sweptSeeds(String location, Path gala) throws IOException {
		var seeds = LabelVolumes.of(VolumeFiles.read(location).data(), Path.of(location));
		var truth = Hdf5Volumes.read(gala, "/gt").data();
		if (!Intervals.equalDimensions(seeds, truth))
			throw new IllegalArgumentException(location + " is not the size of " + gala);
		return seeds;
	}

	/** A synthetic stack, FIB-SEM (isotropic 8 nm) or TEM, with the shipped U-Net's membrane map when {@code withMap}. */
	static TrainingStack synthetic(long seed, int depth, boolean withMap, boolean fibsem) throws Exception {
		SynthSettings settings = fibsem ? SynthSettings.isotropicFibsem(256, 256, depth, seed) : SynthSettings.anisotropicTem(256, 256, depth, seed);
		SyntheticVolume v = new SyntheticEm(settings).generateVolume();
		TrainingStack stack = TrainingStack.of(v.raw().data(), v.neurons().data());
		return withMap ? stack.withMap(TrackAcceptance.membranes(v)) : stack;
	}
}
