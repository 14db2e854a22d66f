package connectomej.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Training data without manual labels, as in MergeNet (Rolnick et al. 2017, arXiv 1705.10882): from a segmentation
 * believed correct, negatives are windows of single objects centred on their skeleton points, positives are windows
 * of the union of two touching objects centred on the merged object's skeleton point nearest a contact. The
 * boundary voxels between the two (label 0 with both objects in their 3x3x3 neighbourhood) join the union, as in a
 * real merge error. The result is balanced.
 */
public final class MergeExamples {

	/**
	 * @param shape window extent and grid
	 * @param minVoxels objects with fewer voxels are skipped
	 * @param perObject windows per single object, at most
	 * @param perPair windows per touching pair, at most (each at another contact)
	 * @param seed random choices
	 */
	public record Settings(WindowShape shape, long minVoxels, int perObject, int perPair, long seed) {}

	private MergeExamples() {}

	/** Balanced positives and negatives from one segmentation. */
	public static WindowSet of(LabelGrid grid, Settings s, CentrePoints centres) {
		Random random = new Random(s.seed());
		Map<Long, ObjectExtent> objects = grid.objects();
		WindowSet all = WindowSet.empty(s.shape().grid(), 3);
		double[] vs = grid.voxelSize().toArray();
		for (ObjectExtent o : sorted(objects))
			if (o.voxels() >= s.minVoxels())
				negatives(grid, o, s, centres, vs, random, all);
		for (TouchingPairs.Pair p : TouchingPairs.of(grid))
			if (objects.get(p.a()).voxels() >= s.minVoxels() && objects.get(p.b()).voxels() >= s.minVoxels())
				positives(grid, p, s, centres, vs, random, all);
		return all.balanced(s.seed());
	}

	private static List<ObjectExtent> sorted(Map<Long, ObjectExtent> objects) {
		List<ObjectExtent> list = new ArrayList<>(objects.values());
		list.sort((a, b) -> Long.compare(a.id(), b.id()));
		return list;
	}

	private static void negatives(LabelGrid grid, ObjectExtent o, Settings s, CentrePoints centres, double[] vs, Random random,
			WindowSet out) {
		ObjectMask mask = ObjectMask.of(grid, Set.of(o.id()), o.min(), o.max(), 1);
		List<int[]> points = new ArrayList<>(centres.of(mask, vs, spacing(s.shape(), vs) / 2));
		Collections.shuffle(points, random);
		for (int[] p : points.subList(0, Math.min(s.perObject(), points.size())))
			out.add(MaskWindows.extract(mask, p, s.shape()), false);
	}

	private static void positives(LabelGrid grid, TouchingPairs.Pair p, Settings s, CentrePoints centres, double[] vs, Random random,
			WindowSet out) {
		List<int[]> contacts = new ArrayList<>(p.contacts());
		Collections.shuffle(contacts, random);
		List<int[]> used = new ArrayList<>();
		double spacing2 = Math.pow(spacing(s.shape(), vs), 2);
		for (int[] c : contacts) {
			if (used.size() >= s.perPair())
				break;
			if (used.stream().anyMatch(u -> MedialSamples.squaredDistance(u, c, vs) < spacing2))
				continue;
			used.add(c);
			ObjectMask merged = mergedAround(grid, p.a(), p.b(), c, s.shape());
			int[] centre = nearest(centres.of(merged, vs, spacing(s.shape(), vs) / 4), c, vs);
			out.add(MaskWindows.extract(merged, centre, s.shape()), true);
		}
	}

	/** Half the smallest window extent, nm: neighbouring windows overlap by about half. */
	static double spacing(WindowShape shape, double[] vs) {
		double least = Double.MAX_VALUE;
		for (int d = 0; d < 3; d++)
			least = Math.min(least, shape.extent()[d] * vs[d] / 2);
		return least;
	}

	/** The union of a and b with the boundary between them, in a box of one window extent around c. */
	static ObjectMask mergedAround(LabelGrid grid, long a, long b, int[] c, WindowShape shape) {
		int[] min = new int[3], max = new int[3];
		for (int d = 0; d < 3; d++) {
			min[d] = c[d] - shape.extent()[d] / 2;
			max[d] = c[d] + shape.extent()[d] / 2;
		}
		ObjectMask union = ObjectMask.of(grid, Set.of(a, b), min, max, 0);
		int[] o = union.origin(), sz = union.size();
		for (int z = 0, i = 0; z < sz[2]; z++)
			for (int y = 0; y < sz[1]; y++)
				for (int x = 0; x < sz[0]; x++, i++)
					if (!union.inside()[i] && grid.get(o[0] + x, o[1] + y, o[2] + z) == 0)
						union.inside()[i] = nextToBoth(grid, a, b, o[0] + x, o[1] + y, o[2] + z);
		return union;
	}

	private static boolean nextToBoth(LabelGrid grid, long a, long b, int x, int y, int z) {
		boolean seenA = false, seenB = false;
		for (int dz = -1; dz <= 1; dz++)
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++) {
					long l = grid.get(x + dx, y + dy, z + dz);
					seenA |= l == a;
					seenB |= l == b;
				}
		return seenA && seenB;
	}

	private static int[] nearest(List<int[]> points, int[] c, double[] vs) {
		int[] best = c;
		double bestDistance = Double.MAX_VALUE;
		for (int[] p : points) {
			double d = MedialSamples.squaredDistance(p, c, vs);
			if (d < bestDistance) {
				bestDistance = d;
				best = p;
			}
		}
		return best;
	}
}
