package connectomej.track;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decodes 3C colour predictions by region instead of by voxel (Meirovitch, Mi et al. 2018, arXiv 1812.01157, decode
 * step made robust): each region of the next section takes the object whose code word agrees best with its voxels'
 * predicted colours, soft-voted over all digits (the mean, over the region's voxels and the digits, of the
 * probability of the word's colour); that is nearest-code-word decoding of the region as a whole, so a per-digit
 * error rate of a few percent, which ruins per-voxel tuples, is outvoted. A region whose best agreement is below
 * {@code minAgreement} gets no seed object (0): a new object. Voxels in no region (0) are decoded one by one with
 * {@link CodeBook#decode}. Candidates for a region are all objects when there are at most
 * {@link #ALL_CANDIDATES}; beyond, the seed objects under it and the objects its voxels decode to, so the cost grows
 * with the region count, not with regions x objects.
 */
public final class RegionVote {

	/** Up to this many objects, every object is a candidate for every region. */
	public static final int ALL_CANDIDATES = 256;

	private RegionVote() {}

	/**
	 * @param probabilities per digit d of {@code code}, the network's k colour probabilities of the next section,
	 *            index (c * height + y) * width + x
	 * @param code the seed objects' code words
	 * @param regions region labels 1..n of the next section, 0 = none, -r = in region r without a vote, index
	 *            y * width + x
	 * @param seeds object ids of the seed section, same layout (objects under a region are candidates)
	 * @param minAgreement mean probability of the word's colours, in [0, 1], for a region to join an object
	 * @return object ids of the next section, 0 where no seed object fits
	 */
	public static long[] decode(float[][] probabilities, CodeBook code, int[] regions, long[] seeds, double minAgreement) {
		return decode(probabilities, code, regions, seeds, minAgreement, 2);
	}

	/**
	 * As {@link #decode(float[][], CodeBook, int[], long[], double)}, but a voxel whose own tuple decodes to an object
	 * with every digit's colour probability at least {@code voxelConfidence} keeps that object: regions that straddle
	 * an object boundary then do not overrule confident voxels.
	 *
	 * @param voxelConfidence in [0, 1]; above 1 no voxel keeps its own decoding
	 */
	public static long[] decode(float[][] probabilities, CodeBook code, int[] regions, long[] seeds, double minAgreement,
			double voxelConfidence) {
		return decode(probabilities, code, regions, seeds, minAgreement, voxelConfidence, null, regions.length);
	}

	/**
	 * As {@link #decode(float[][], CodeBook, int[], long[], double, double)}, with the regions' votes resolved by
	 * {@code assignment} (null: each region takes its best word if it agrees at least {@code minAgreement}).
	 *
	 * @param width section width, voxels
	 */
	public static long[] decode(float[][] probabilities, CodeBook code, int[] regions, long[] seeds, double minAgreement,
			double voxelConfidence, RegionAssignment assignment, int width) {
		int voxels = regions.length;
		long[] perVoxel = perVoxel(probabilities, code, voxels);
		Tally tally = tally(probabilities, code, regions, seeds, perVoxel);
		int count = tally.sizes().length - 1;
		long[] best = new long[count + 1];
		double[] agreement = new double[count + 1];
		tally.candidates().forEach((r, set) -> best[r] = best(set, code, tally.votes(), r, tally.sizes()[r], agreement));
		long[] idOfRegion = assignment != null ? assignment.assign(best, agreement, regions, seeds, width, minAgreement)
				: RegionAssignment.byThreshold(best, agreement, minAgreement);
		for (int i = 0; i < voxels; i++)
			if (regions[i] != 0 && !confident(probabilities, code, perVoxel[i], i, voxels, voxelConfidence))
				perVoxel[i] = idOfRegion[Math.abs(regions[i])];
		return perVoxel;
	}

	/**
	 * Per region (index 1..n) the summed colour probabilities of its voters, index (r * digits + d) * k + c, their
	 * number, and the candidate objects.
	 */
	record Tally(double[] votes, int[] sizes, Map<Integer, Set<Long>> candidates) {}

	/**
	 * Voters of a region are its voxels with a positive label, or all its voxels when it has none ({@link
	 * SectionRegions}).
	 */
	static Tally tally(float[][] probabilities, CodeBook code, int[] regions, long[] seeds, long[] perVoxel) {
		int voxels = regions.length, k = code.colours(), digits = code.digits(), count = 0;
		for (int r : regions)
			count = Math.max(count, Math.abs(r));
		int[] positive = new int[count + 1], sizes = new int[count + 1];
		for (int r : regions)
			if (r > 0)
				positive[r]++;
		double[] votes = new double[(count + 1) * digits * k];
		Map<Integer, Set<Long>> candidates = new HashMap<>();
		Set<Long> all = new HashSet<>();
		if (code.size() <= ALL_CANDIDATES)
			for (long id : code.ids())
				all.add(id);
		for (int i = 0; i < voxels; i++) {
			int r = Math.abs(regions[i]);
			if (r == 0 || regions[i] < 0 && positive[r] > 0)
				continue;
			sizes[r]++;
			for (int d = 0; d < digits; d++)
				for (int c = 0; c < k; c++)
					votes[(r * digits + d) * k + c] += probabilities[d][c * voxels + i];
			Set<Long> set = candidates.computeIfAbsent(r, x -> new HashSet<>(all));
			if (seeds[i] != 0)
				set.add(seeds[i]);
			if (perVoxel[i] != CodeBook.NO_OBJECT)
				set.add(perVoxel[i]);
		}
		return new Tally(votes, sizes, candidates);
	}

	private static boolean confident(float[][] probabilities, CodeBook code, long id, int i, int voxels, double confidence) {
		if (id == CodeBook.NO_OBJECT || confidence > 1)
			return false;
		for (int d = 0; d < code.digits(); d++)
			if (probabilities[d][code.colour(id, d) * voxels + i] < confidence)
				return false;
		return true;
	}

	/** The candidate whose word agrees best with the region; its agreement (mean colour probability) into {@code agreement[region]}. */
	private static long best(Set<Long> candidates, CodeBook code, double[] votes, int region, int size, double[] agreement) {
		int digits = code.digits(), k = code.colours();
		long best = CodeBook.NO_OBJECT;
		double bestAgreement = -1;
		for (long id : candidates) {
			double sum = 0;
			for (int d = 0; d < digits; d++) {
				int c = code.colour(id, d);
				sum += c < 0 ? 0 : votes[(region * digits + d) * k + c];
			}
			if (sum > bestAgreement || sum == bestAgreement && id < best) {
				bestAgreement = sum;
				best = id;
			}
		}
		agreement[region] = size == 0 ? 0 : bestAgreement / ((double) size * digits);
		return best;
	}

	/** Per voxel: the argmax colour of every digit, decoded as one tuple ({@link CodeBook#decode}). */
	public static long[] perVoxel(float[][] probabilities, CodeBook code, int voxels) {
		long[] keys = new long[voxels];
		long place = 1;
		for (int d = 0; d < code.digits(); d++, place *= code.colours()) {
			int[] predicted = ColourModel.argmax(probabilities[d], code.colours(), voxels);
			for (int i = 0; i < voxels; i++)
				keys[i] += predicted[i] * place;
		}
		Map<Long, Long> cache = new HashMap<>();
		long[] ids = new long[voxels];
		for (int i = 0; i < voxels; i++)
			ids[i] = cache.computeIfAbsent(keys[i], code::decode);
		return ids;
	}
}
