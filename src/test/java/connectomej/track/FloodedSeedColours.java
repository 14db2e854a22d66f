package connectomej.track;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

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
final class FloodedSeedColours implements SectionTracker {

	private final RandomAccessibleInterval<? extends RealType<?>> map;
	private final int colours, redundant;
	private final double agreement, voxelConfidence, marker, ridge;
	private final RegionAssignment assignment;
	private final Random random = new Random(1);
	private long z;

	/**
	 * @param map boundary probability of the tracked volume, x, y, z (zero-based), sections in sweep order
	 * @param marker next-map value below which a voxel over a seed label takes it as a marker
	 * @param ridge next-map value from which voxels are not flooded (uniform colours)
	 */
	FloodedSeedColours(RandomAccessibleInterval<? extends RealType<?>> map, int colours, int redundant, double agreement, RegionAssignment assignment,
			double voxelConfidence, double marker, double ridge) {
		this.map = map;
		this.colours = colours;
		this.redundant = redundant;
		this.agreement = agreement;
		this.assignment = assignment;
		this.voxelConfidence = voxelConfidence;
		this.marker = marker;
		this.ridge = ridge;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		throw new UnsupportedOperationException("region decoding only");
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		CodeBook code = CodeBook.random(Sections.objects(seeds), colours, 0, redundant, random);
		long[] flooded = flooded(seeds, Sections.values(map, ++z), width, height, marker, ridge);
		int plane = seeds.length;
		float[][] probabilities = new float[code.digits()][colours * plane];
		for (int d = 0; d < code.digits(); d++)
			for (int i = 0; i < plane; i++)
				for (int c = 0; c < colours; c++)
					probabilities[d][c * plane + i] = flooded[i] == 0 ? 1f / colours : c == code.colour(flooded[i], d) ? 1 : 0;
		return RegionVote.decode(probabilities, code, nextRegions, seeds, agreement, voxelConfidence, assignment, width);
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
