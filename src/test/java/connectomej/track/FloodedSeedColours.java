package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import connectomej.segment.SeededWatershed;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Issue 6 diagnostic (session 20): 3C's region decoding fed colours that need no network, with the seeds' erased band
 * resolved by the next section's boundary map. Voxels of the next section that lie over a seed label and below
 * {@code marker} on the next map take that label; the rest of the section below {@code ridge} is flooded from them in
 * order of increasing map value (4-connected, {@link SeededWatershed#flood}); voxels at or above the ridge, and those
 * no marker reaches, get uniform colours. Each labelled voxel gets, per digit, probability 1 for its label's colour.
 * Sessions 9-15 found that the colour nets copy the colour beneath a voxel and are right on about 81 % of the band;
 * this asks what a map-driven rule gets there.
 */
final class FloodedSeedColours extends RuleColours {

	private final RandomAccessibleInterval<? extends RealType<?>> map;
	private final double marker, ridge;
	private long z;

	/**
	 * @param map boundary probability of the tracked volume, x, y, z (zero-based), sections in sweep order
	 * @param marker next-map value below which a voxel over a seed label takes it as a marker
	 * @param ridge next-map value from which voxels are not flooded (uniform colours)
	 */
	FloodedSeedColours(RandomAccessibleInterval<? extends RealType<?>> map, int colours, int redundant, double agreement, RegionAssignment assignment,
			double voxelConfidence, double marker, double ridge) {
		super(colours, redundant, agreement, assignment, voxelConfidence);
		this.map = map;
		this.marker = marker;
		this.ridge = ridge;
	}

	@Override
	long[] labels(long[] seeds, int width, int height) {
		return flooded(seeds, Sections.values(map, ++z), width, height, marker, ridge);
	}

	/** The seed labels flooded over the next section's map as described above; 0 = none. Index y * width + x. */
	static long[] flooded(long[] seeds, float[] nextMap, int width, int height, double marker, double ridge) {
		Map<Long, Integer> ids = new HashMap<>();
		long[] byId = new long[seeds.length + 1];
		int[] labels = new int[seeds.length];
		for (int i = 0; i < seeds.length; i++)
			if (nextMap[i] >= ridge)
				labels[i] = -1;
			else if (seeds[i] != 0 && nextMap[i] < marker) {
				labels[i] = ids.computeIfAbsent(seeds[i], s -> ids.size() + 1);
				byId[labels[i]] = seeds[i];
			}
		SeededWatershed.flood(nextMap, new int[] { width, height, 1 }, true, labels);
		long[] out = new long[seeds.length];
		for (int i = 0; i < out.length; i++)
			out[i] = labels[i] > 0 ? byId[labels[i]] : 0;
		return out;
	}
}
