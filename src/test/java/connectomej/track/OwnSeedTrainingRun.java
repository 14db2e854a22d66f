package connectomej.track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import connectomej.io.LabelVolumes;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.nn.ModelInfo;
import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Issue 6: continues the 3C colour network on the sweep's own seeds ({@link SweptStack}) mixed with ground-truth
 * seeds, small objects weighted up ({@link TrackTrainer.Mix}). Training stacks: synthetic TEM seeds 101..last
 * (256 x 256 x depth), swept with {@link TrackAcceptance}'s decoding {@value #DECODING}, agreement {@value #AGREEMENT}
 * and the shipped U-Net's membranes, seeded with the ground truth of section 0; they are re-swept with the current
 * net every few minutes. The gala training volume joins the ground-truth stacks only. Validation: colour accuracy on
 * synthetic seed 199 (8 sections), with ground-truth and with swept seeds. Run from the project root.
 * Arguments: output model, minutes (sweeps included), model to continue, [minutes between sweeps, default 4], [swept
 * share, default 0.5], [reference area A0 in voxels, default 400; 0 = unit weights], [last synthetic seed, default
 * 105], [patch size, default 64], [copies of gala train.h5 among the ground-truth stacks, default 1], [depth, default 32].
 */
public final class OwnSeedTrainingRun {

	static final String DECODING = "map:0.5:0.5:NEW_OBJECT:0.3:0";
	static final double AGREEMENT = 0.5, BOUNDARY = 0.5;

	/** A synthetic stack with its ground truth and membranes. */
	record Swept(SyntheticVolume volume, TrainingStack stack, RandomAccessibleInterval<FloatType> membranes) {

		static Swept of(long seed, int depth) throws Exception {
			SyntheticVolume v = new SyntheticEm(SynthSettings.anisotropicTem(256, 256, depth, seed)).generateVolume();
			return new Swept(v, TrainingStack.of(v.raw().data(), v.neurons().data()), TrackAcceptance.membranes(v));
		}

		SweptStack sweep(ColourModel model, String name) {
			var tracked = TrackAcceptance.run(model, 1, DECODING, AGREEMENT, volume.raw().data(), volume.neurons().data(), membranes, null, true);
			FollowedObjects f = FollowedObjects.count(tracked, volume.neurons().data(), 20, 0.8);
			System.out.printf("sweep of %s: followed %d / %d objects of section 0%n", name, f.followed(), f.objects());
			return SweptStack.of(stack, tracked, new BoundarySeeds(membranes, BOUNDARY));
		}
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Path out = Path.of(args[0]);
		Duration total = Duration.ofSeconds((long) (Double.parseDouble(args[1]) * 60));
		ColourModel model = ColourModel.load(Path.of(args[2]));
		Duration round = Duration.ofSeconds((long) (argument(args, 3, 4) * 60));
		TrackTrainer.Mix mix = new TrackTrainer.Mix(argument(args, 4, 0.5), argument(args, 5, 400));
		long lastSeed = (long) argument(args, 6, 105);
		int patch = (int) argument(args, 7, 64), galaCopies = (int) argument(args, 8, 1), depth = (int) argument(args, 9, 32);
		List<Swept> training = new ArrayList<>();
		List<TrainingStack> truth = new ArrayList<>();
		for (long seed = 101; seed <= lastSeed; seed++) {
			training.add(Swept.of(seed, depth));
			truth.add(training.get(training.size() - 1).stack());
		}
		addGala(truth, galaCopies);
		Swept validation = Swept.of(199, 8);
		int steps = 0;
		for (int r = 0; Duration.ofNanos(System.nanoTime() - start).compareTo(total.minusSeconds(20)) < 0; r++) {
			List<SweptStack> swept = new ArrayList<>();
			for (int i = 0; i < training.size(); i++)
				swept.add(training.get(i).sweep(model, "seed " + (101 + i)));
			Duration left = total.minus(Duration.ofNanos(System.nanoTime() - start));
			TrackTrainer.Settings s = new TrackTrainer.Settings(patch, 4, left.compareTo(round) < 0 ? left : round, Integer.MAX_VALUE, 7 + r);
			int before = steps, number = r;
			steps += TrackTrainer.train(model, truth, swept, s, mix, p -> {
				if (p.steps() % 500 == 0)
					System.out.printf("round %d step %d loss %.4f after %s%n", number, before + p.steps(), p.loss(), p.elapsed());
			}).steps();
			System.out.printf("round %d done: %d steps in all, %.1f min%n", r, steps, (System.nanoTime() - start) / 6e10);
		}
		double truthAccuracy = TrackTrainer.colourAccuracy(model, validation.stack(), 48, 32, 3);
		double ownAccuracy = TrackTrainer.colourAccuracy(model, validation.sweep(model, "seed 199"), 48, 32, 3);
		model.save(out, patch, new ModelInfo.Training("synthetic TEM seeds 101-" + lastSeed + " (256x256x" + depth
				+ "), own sweep seeds and ground truth; gala_fibsem/train.h5 ground truth",
				"java -cp ... connectomej.track.OwnSeedTrainingRun " + String.join(" ", args)),
				Map.of("colour_accuracy", truthAccuracy, "colour_accuracy_own_seeds", ownAccuracy));
		System.out.printf("%d steps; validation colour accuracy %.4f (ground-truth seeds), %.4f (own seeds)%n", steps, truthAccuracy,
				ownAccuracy);
		System.out.println("written " + out);
	}

	private static double argument(String[] args, int index, double otherwise) {
		return args.length > index ? Double.parseDouble(args[index]) : otherwise;
	}

	private static void addGala(List<TrainingStack> truth, int copies) {
		Path gala = Path.of("../shared/data/gala_fibsem/train.h5");
		if (copies == 0 || !Files.exists(gala))
			return;
		TrainingStack stack = TrainingStack.of(Hdf5Volumes.read(gala, "/raw").data(), LabelVolumes.of(Hdf5Volumes.read(gala, "/gt").data(), gala));
		for (int c = 0; c < copies; c++)
			truth.add(stack);
	}
}
