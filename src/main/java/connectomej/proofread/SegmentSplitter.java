package connectomej.proofread;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import connectomej.segment.SeededWatershed;

/**
 * Splits one segment in two by a seeded watershed (Meyer's priority flood, {@link SeededWatershed#flood}) from two
 * seed voxels, restricted to the segment's voxels inside its bounding box (6-connected, 3D). The flood runs on the
 * membrane probability map; without one it runs on a constant map, so every voxel goes to the seed it is
 * geodesically nearer to inside the segment (city-block distance, ties to whichever flood arrives first). Voxels of
 * the segment that neither seed reaches (other connected components) stay with seed A.
 */
final class SegmentSplitter {

	/** Reads one section of current labels or of membrane probability. */
	@FunctionalInterface
	interface Sections<A> {

		A read(int z) throws IOException;
	}

	private final Sections<long[]> labels;
	private final Sections<float[]> membranes;
	private final int width;

	/**
	 * @param labels current (edited) segment ids by section, x fastest
	 * @param membranes membrane probability by section, or null
	 * @param width volume size along x, voxels
	 */
	SegmentSplitter(Sections<long[]> labels, Sections<float[]> membranes, int width) {
		this.labels = labels;
		this.membranes = membranes;
		this.width = width;
	}

	/**
	 * The split of {@code segment}.
	 *
	 * @param box a box holding every voxel of the segment
	 * @throws IllegalArgumentException when a seed is not a voxel of the segment or both seeds are one voxel
	 */
	Edit.Split split(long segment, SegmentBox box, int[] seedA, int[] seedB, long newId) throws IOException {
		if (Arrays.equals(seedA, seedB))
			throw new IllegalArgumentException("the two seeds are the same voxel " + Arrays.toString(seedA));
		int[] dims = { box.size(0), box.size(1), box.size(2) };
		int[] flood = new int[dims[0] * dims[1] * dims[2]];
		float[] probability = new float[flood.length];
		fill(segment, box, dims, flood, probability);
		flood[seed(seedA, segment, box, dims, flood)] = 1;
		flood[seed(seedB, segment, box, dims, flood)] = 2;
		SeededWatershed.flood(probability, dims, false, flood);
		return partB(segment, box, dims, flood, seedA, seedB, newId);
	}

	/** Voxels of the segment 0 (to flood), others -1 (barrier); probabilities from the membrane map or 0. */
	private void fill(long segment, SegmentBox box, int[] dims, int[] flood, float[] probability) throws IOException {
		for (int z = 0; z < dims[2]; z++) {
			long[] section = labels.read(box.min()[2] + z);
			float[] membrane = membranes == null ? null : membranes.read(box.min()[2] + z);
			for (int y = 0; y < dims[1]; y++)
				for (int x = 0; x < dims[0]; x++) {
					int v = local(x, y, z, dims), at = box.min()[0] + x + (box.min()[1] + y) * width;
					flood[v] = section[at] == segment ? 0 : -1;
					probability[v] = membrane == null ? 0 : membrane[at];
				}
		}
	}

	private static int seed(int[] seed, long segment, SegmentBox box, int[] dims, int[] flood) {
		if (seed == null || seed.length != 3 || !box.contains(seed))
			throw new IllegalArgumentException("seed " + Arrays.toString(seed) + " is not inside segment " + segment);
		int v = local(seed[0] - box.min()[0], seed[1] - box.min()[1], seed[2] - box.min()[2], dims);
		if (flood[v] != 0)
			throw new IllegalArgumentException("seed " + Arrays.toString(seed) + " is not inside segment " + segment);
		return v;
	}

	private Edit.Split partB(long segment, SegmentBox box, int[] dims, int[] flood, int[] seedA, int[] seedB, long newId) {
		Map<Integer, List<Integer>> voxels = new HashMap<>();
		SegmentBox partBox = null;
		for (int v = 0; v < flood.length; v++)
			if (flood[v] == 2) {
				int x = box.min()[0] + v % dims[0], y = box.min()[1] + v / dims[0] % dims[1], z = box.min()[2] + v / (dims[0] * dims[1]);
				voxels.computeIfAbsent(z, k -> new ArrayList<>()).add(x + y * width);
				SegmentBox one = SegmentBox.of(x, y, z);
				partBox = partBox == null ? one : partBox.union(one);
			}
		Map<Integer, int[]> arrays = new HashMap<>();
		voxels.forEach((z, list) -> arrays.put(z, list.stream().mapToInt(Integer::intValue).toArray()));
		return new Edit.Split(segment, seedA.clone(), seedB.clone(), newId, arrays, partBox, new HashMap<>());
	}

	private static int local(int x, int y, int z, int[] dims) {
		return x + dims[0] * (y + dims[1] * z);
	}
}
