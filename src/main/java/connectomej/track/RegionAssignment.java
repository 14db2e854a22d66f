package connectomej.track;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the region votes of 3C decoding ({@link RegionVote}) into one object per region, so that the colours of
 * one seed object cannot claim the regions of other objects. The colour network sometimes paints a neighbour's or a
 * newly entering object's region with a seed's word; the region vote alone then merges them. Here each seed object
 * keeps its <em>primary</em> region, the one agreeing best with its word among those it covered in the seed section
 * (at least {@code minOverlap} of the region), or among all if it covered none; any other region (a secondary one, or one
 * that agrees with no word well enough) goes to the seed object that covered most of it in the seed section, if that
 * object covered at least {@code minOverlap} of its voxels (a second part of an object, or an object the
 * colours got wrong); failing that, a secondary region keeps its vote as {@code secondary} says, and a region with no
 * good vote starts a new object, unless a seed object that got no region at all covered more of it than any other
 * (an orphan adopts it). Optionally, a region whose vote is confident (agreement at least {@code confidentVote})
 * simply takes the object it votes for, before any of this: where the colours are sure, they outrank the seed
 * section's overlap, which goes wrong where objects move or branch between sections. A post-processing of Meirovitch,
 * Mi et al. 2018 (arXiv 1812.01157): the code words, the network and its passes are unchanged.
 *
 * @param minOverlap share of a region's voxels, in (0, 1], that one seed object must cover to take the region
 * @param secondary what becomes of a secondary region that no seed object covered enough
 * @param confidentVote agreement, in [0, 1], at which a region takes its vote whatever the overlaps; above 1 = never
 */
public record RegionAssignment(double minOverlap, Secondary secondary, double confidentVote) {

	/** No vote outranks the overlaps. */
	public RegionAssignment(double minOverlap, Secondary secondary) {
		this(minOverlap, secondary, 2);
	}

	/** What a secondary region that no seed object covered enough becomes. */
	public enum Secondary {
		/** A new object. */
		NEW_OBJECT,
		/** The object it votes for if it touches that object's primary region (a cell cut in two), else a new object. */
		IF_TOUCHING,
		/** The object it votes for. */
		VOTE
	}

	/**
	 * @param best per region 1..n the object whose word agrees best (index 0 unused; 0 = none)
	 * @param agreement per region that object's agreement, mean colour probability in [0, 1]
	 * @param regions region labels of the next section (1..n; 0 = none; -r = in region r without a vote), index y *
	 *            width + x
	 * @param seeds object ids of the seed section, same layout (0 = none)
	 * @param width section width, voxels
	 * @param minAgreement agreement, in [0, 1], for a vote to count
	 * @return per region 1..n its object, 0 for a new object
	 */
	public long[] assign(long[] best, double[] agreement, int[] regions, long[] seeds, int width, double minAgreement) {
		Overlaps overlaps = Overlaps.of(regions, seeds, best.length);
		Map<Long, Integer> primary = new HashMap<>();
		for (int r = 1; r < best.length; r++)
			if (best[r] != 0 && agreement[r] >= minAgreement)
				primary.merge(best[r], r, (a, b) -> better(b, a, best[b], agreement, overlaps) ? b : a);
		long[] out = new long[best.length];
		for (int r = 1; r < best.length; r++) {
			boolean voted = best[r] != 0 && agreement[r] >= minAgreement;
			long covering = overlaps.covering(r, minOverlap);
			if (voted && (primary.get(best[r]) == r || agreement[r] >= confidentVote))
				out[r] = best[r];
			else if (covering != 0)
				out[r] = covering;
			else
				out[r] = voted && keepsVote(r, primary.get(best[r]), regions, width) ? best[r] : 0;
		}
		adoptOrphans(out, overlaps);
		return out;
	}

	private boolean keepsVote(int region, int primary, int[] regions, int width) {
		return secondary == Secondary.VOTE || secondary == Secondary.IF_TOUCHING && touching(region, primary, regions, width);
	}

	/** Whether a voxel of region a has a 4-neighbour in region b (labels compared by absolute value). */
	static boolean touching(int a, int b, int[] regions, int width) {
		for (int i = 0; i < regions.length; i++) {
			if (Math.abs(regions[i]) != a)
				continue;
			int x = i % width;
			if (x > 0 && Math.abs(regions[i - 1]) == b || x < width - 1 && Math.abs(regions[i + 1]) == b
					|| i >= width && Math.abs(regions[i - width]) == b || i + width < regions.length && Math.abs(regions[i + width]) == b)
				return true;
		}
		return false;
	}

	/**
	 * A seed object left without any region takes the new-object regions (0) on which it is the largest seed object:
	 * an object is not lost because the colours went wrong where it continues.
	 */
	private static void adoptOrphans(long[] out, Overlaps overlaps) {
		Set<Long> placed = new HashSet<>();
		for (long id : out)
			placed.add(id);
		long[] adopted = out.clone();
		for (int r = 1; r < out.length; r++) {
			long covering = overlaps.covering(r, 0);
			if (out[r] == 0 && covering != 0 && !placed.contains(covering))
				adopted[r] = covering;
		}
		System.arraycopy(adopted, 0, out, 0, out.length);
	}

	/** Whether region a is a better primary region of {@code id} than b: it overlaps the object and b does not, or agrees more. */
	private boolean better(int a, int b, long id, double[] agreement, Overlaps overlaps) {
		boolean onA = overlaps.share(a, id) >= minOverlap, onB = overlaps.share(b, id) >= minOverlap;
		return onA != onB ? onA : agreement[a] > agreement[b];
	}

	/** Each region its best object if the agreement is at least {@code minAgreement}, else 0 (new object). */
	static long[] byThreshold(long[] best, double[] agreement, double minAgreement) {
		long[] out = new long[best.length];
		for (int r = 1; r < best.length; r++)
			out[r] = agreement[r] >= minAgreement ? best[r] : 0;
		return out;
	}

	/** Per region the number of its voxels on each seed object, and its size. */
	private record Overlaps(Map<Integer, Map<Long, Integer>> counts, int[] sizes) {

		static Overlaps of(int[] regions, long[] seeds, int size) {
			Map<Integer, Map<Long, Integer>> counts = new HashMap<>();
			int[] sizes = new int[size];
			for (int i = 0; i < regions.length; i++) {
				int r = Math.abs(regions[i]);
				sizes[r]++;
				if (r != 0 && seeds[i] != 0)
					counts.computeIfAbsent(r, x -> new HashMap<>()).merge(seeds[i], 1, Integer::sum);
			}
			return new Overlaps(counts, sizes);
		}

		/** The share of region r's voxels on seed object {@code id}. */
		double share(int r, long id) {
			return sizes[r] == 0 ? 0 : (double) counts.getOrDefault(r, Map.of()).getOrDefault(id, 0) / sizes[r];
		}

		/** The seed object covering the most of region r (smallest id on a tie) if at least {@code share} of it, else 0. */
		long covering(int r, double share) {
			long id = 0;
			int most = 0;
			for (var e : counts.getOrDefault(r, Map.of()).entrySet())
				if (e.getValue() > most || e.getValue() == most && e.getKey() < id) {
					most = e.getValue();
					id = e.getKey();
				}
			return most > 0 && most >= share * sizes[r] ? id : 0;
		}
	}
}
