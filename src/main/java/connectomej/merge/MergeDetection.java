package connectomej.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.io.BadInputException;
import connectomej.progress.ProgressListener;

/**
 * MergeNet inference (Rolnick et al. 2017, arXiv 1705.10882): windows centred along each object's skeleton, a
 * score per window, the object's score is the maximum; objects ranked by score for proofreading.
 */
public final class MergeDetection {

	/**
	 * @param shape window extent and grid; the grid must be the network's
	 * @param minVoxels smaller objects are not scored
	 * @param batch windows per network call
	 */
	public record Settings(WindowShape shape, long minVoxels, int batch) {}

	private MergeDetection() {}

	/**
	 * Checks a segmentation before anything is computed or written.
	 *
	 * @param file where the segmentation came from, named in errors
	 * @throws BadInputException when it labels nothing, or no object has {@code minVoxels} voxels
	 */
	public static void check(LabelGrid segmentation, Settings s, Path file) {
		if (segmentation.isEmpty())
			throw new BadInputException(file, "the segmentation is empty: every voxel is 0 (no object to check)");
		long largest = segmentation.objects().values().stream().mapToLong(ObjectExtent::voxels).max().orElse(0);
		if (largest < s.minVoxels())
			throw new BadInputException(file, "every object is too small for a window: the largest has " + largest
					+ " voxels, at least " + s.minVoxels() + " are needed (--min-voxels)");
	}

	/**
	 * Scores every object of at least {@code minVoxels} voxels.
	 *
	 * @return candidates, highest score first (ties: smaller id first)
	 */
	public static List<MergeCandidate> detect(ComputationGraph net, LabelGrid segmentation, Settings s, CentrePoints centres,
			ProgressListener progress) {
		Map<Long, ObjectExtent> objects = segmentation.objects();
		List<ObjectExtent> scored = objects.values().stream().filter(o -> o.voxels() >= s.minVoxels())
				.sorted(Comparator.comparingLong(ObjectExtent::id)).toList();
		List<MergeCandidate> candidates = new ArrayList<>();
		double[] vs = segmentation.voxelSize().toArray();
		for (int i = 0; i < scored.size(); i++) {
			progress.checkCanceled();
			candidates.add(scoreObject(net, segmentation, scored.get(i), s, centres, vs));
			progress.progress("scoring objects", i + 1, scored.size());
		}
		candidates.sort(Comparator.comparingDouble((MergeCandidate c) -> -c.score()).thenComparingLong(MergeCandidate::id));
		return candidates;
	}

	private static MergeCandidate scoreObject(ComputationGraph net, LabelGrid seg, ObjectExtent o, Settings s, CentrePoints centres,
			double[] vs) {
		ObjectMask mask = ObjectMask.of(seg, Set.of(o.id()), o.min(), o.max(), 1);
		List<int[]> points = centres.of(o.id(), mask, vs, MergeExamples.spacing(s.shape(), vs));
		WindowSet windows = WindowSet.empty(s.shape().grid(), 3);
		for (int[] p : points)
			windows.add(MaskWindows.extract(mask, p, s.shape()), false);
		double[] scores = MergeNetTraining.score(net, windows, s.batch());
		int best = 0;
		for (int i = 1; i < scores.length; i++)
			if (scores[i] > scores[best])
				best = i;
		return new MergeCandidate(o.id(), points.get(best), scores[best], scores.length, o.voxels());
	}
}
