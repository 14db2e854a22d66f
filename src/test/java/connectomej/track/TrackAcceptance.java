package connectomej.track;

import java.nio.file.Path;

import connectomej.io.LabelVolumes;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.metrics.SegmentationScores;
import connectomej.progress.ProgressListener;
import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Issue 6 acceptance: 3C seeded with the ground truth of the first section, on synthetic TEM stacks of 32 sections
 * (seeds given as arguments, never used in training) and on the gala FIB-SEM test volume. Arguments: model, redundant
 * digits, decoding (voxel: per voxel; em: by {@link EmRegions}; prob: by {@link ProbabilityRegions} of gala's
 * /boundary_prob on gala, {@link EmRegions} on synthetic stacks), minimum agreement, synthetic seeds...
 */
public final class TrackAcceptance {

	public static void main(String[] args) {
		ColourModel model = ColourModel.load(Path.of(args[0]));
		int redundant = Integer.parseInt(args[1]);
		String decoding = args[2];
		double agreement = Double.parseDouble(args[3]);
		Path gala = Path.of("../shared/data/gala_fibsem/test.h5");
		var gt = LabelVolumes.of(Hdf5Volumes.read(gala, "/gt").data(), gala);
		SectionRegions galaRegions = switch (decoding) {
			case "voxel" -> null;
			case "prob" -> new ProbabilityRegions(Views.zeroMin(Hdf5Volumes.read(gala, "/boundary_prob").data()), 0.3, 1.5);
			default -> EmRegions.defaults();
		};
		var out = run(model, redundant, galaRegions, agreement, Hdf5Volumes.read(gala, "/raw").data(), gt);
		SegmentationScores s = SegmentationScores.evaluate(out, gt);
		System.out.printf("gala test: VI split %.4f merge %.4f (gt 0 ignored) ARAND %.4f, segments %d%n", s.voiForeground().split(),
				s.voiForeground().merge(), s.adaptedRand().error(), s.segmentLabels());
		report("gala test", out, gt);
		for (int i = 4; i < args.length; i++) {
			SyntheticVolume v = new SyntheticEm(SynthSettings.anisotropicTem(256, 256, 32, Long.parseLong(args[i]))).generateVolume();
			var tracked = run(model, redundant, decoding.equals("voxel") ? null : EmRegions.defaults(), agreement, v.raw().data(),
					v.neurons().data());
			SegmentationScores t = SegmentationScores.evaluate(tracked, v.neurons().data());
			System.out.printf("synthetic seed %s: VI split %.4f merge %.4f ARAND %.4f%n", args[i], t.voiForeground().split(),
					t.voiForeground().merge(), t.adaptedRand().error());
			report("synthetic seed " + args[i], tracked, v.neurons().data());
		}
	}

	static void report(String name, RandomAccessibleInterval<? extends IntegerType<?>> tracked, RandomAccessibleInterval<? extends IntegerType<?>> gt) {
		FollowedObjects f = FollowedObjects.count(tracked, gt, 20, 0.8);
		System.out.printf("%s: followed %d / %d objects of the first section; spanning all sections: %d / %d%n", name,
				f.followed(), f.objects(), f.spanningFollowed(), f.spanning());
	}

	static RandomAccessibleInterval<? extends IntegerType<?>> run(ColourModel model, int redundant, SectionRegions regions,
			double agreement, RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> gt) {
		var out = ArrayImgs.unsignedLongs(raw.dimensionsAsLongArray());
		long start = System.nanoTime();
		SectionSweep.track(new CrossClassificationTracker(model, 0, redundant, agreement, 1).eraseDarkestSeeds(Sections.zeroShare(Sections.labels(gt, gt.min(2)))), regions, Views.zeroMin(raw), Views.zeroMin(gt), out, 20,
				ProgressListener.class.cast((ProgressListener) (s, d, t) -> {}));
		System.out.printf("tracked %s in %.1f s%n", java.util.Arrays.toString(raw.dimensionsAsLongArray()), (System.nanoTime() - start) / 1e9);
		return out;
	}
}
