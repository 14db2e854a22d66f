package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Issue 6 diagnostic (session 19): 3C tracked in blocks of {@code every} sections along z, each block seeded afresh by
 * a segmentation of its first section and joined to the block before by overlap in that shared section (the paper's
 * blocks stitched by overlap, with a block boundary every few sections). Every {@code every}-th section of the sweep,
 * the wrapped tracker's labels are replaced by the 2D connected pieces of the reference segmentation's section; a
 * piece takes the tracked object that covers at least {@code share} of it (and, when {@code mutual}, only if no other
 * piece that the object covers most overlaps it more), and otherwise starts a new object or keeps the tracker's labels.
 * So the colour network still decides which object each piece continues; the reference only gives the shapes, and
 * errors carried by the sweep are cut every {@code every} sections. Sections in sweep order, from the first.
 */
final class ReseededSections implements SectionTracker {

	/** New objects of the re-seeded sections get ids from here up, far above any id the sweep gives. */
	private static final long FIRST_NEW_ID = 1L << 40;

	private final SectionTracker tracker;
	private final RandomAccessibleInterval<? extends IntegerType<?>> reference;
	private final int every;
	private final double share;
	private final boolean mutual;
	private final boolean keepUnlinked;
	private long z;
	private long nextNewId = FIRST_NEW_ID;

	/**
	 * @param reference a segmentation of the tracked volume, x, y, z (zero-based); only its sections are read
	 * @param every a re-seeded section every this many sections (1 = every section)
	 * @param share the fewest of a piece's voxels its tracked object must cover, 0-1
	 * @param mutual a piece continues an object only if no other piece that the object covers most overlaps it more
	 * @param keepUnlinked a piece that continues no object keeps the tracker's labels instead of starting a new object
	 */
	ReseededSections(SectionTracker tracker, RandomAccessibleInterval<? extends IntegerType<?>> reference, int every, double share,
			boolean mutual, boolean keepUnlinked) {
		this.tracker = tracker;
		this.reference = reference;
		this.every = every;
		this.share = share;
		this.mutual = mutual;
		this.keepUnlinked = keepUnlinked;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		return reseed(tracker.propagate(seeds, seedEm, nextEm, width, height), width, height);
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		return reseed(tracker.propagate(seeds, seedEm, nextEm, nextRegions, width, height), width, height);
	}

	private long[] reseed(long[] tracked, int width, int height) {
		if (++z % every != 0)
			return tracked;
		SectionComponents pieces = SectionComponents.of(Sections.labels(reference, z), width, height);
		int n = pieces.count();
		@SuppressWarnings("unchecked")
		Map<Long, Integer>[] overlaps = new Map[n];
		for (int i = 0; i < tracked.length; i++) {
			int piece = pieces.index()[i];
			if (tracked[i] == 0 || pieces.values()[piece] == 0)
				continue;
			if (overlaps[piece] == null)
				overlaps[piece] = new HashMap<>();
			overlaps[piece].merge(tracked[i], 1, Integer::sum);
		}
		long[] object = new long[n];
		int[] count = new int[n];
		Map<Long, Integer> largestPiece = new HashMap<>();
		for (int p = 0; p < n; p++) {
			if (overlaps[p] == null)
				continue;
			var best = overlaps[p].entrySet().stream().max(Map.Entry.<Long, Integer> comparingByValue()
					.thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow();
			object[p] = best.getKey();
			count[p] = best.getValue();
			largestPiece.merge(best.getKey(), p, (a, b) -> count[a] >= count[b] ? a : b);
		}
		long[] labels = new long[n];
		for (int p = 0; p < n; p++) {
			if (pieces.values()[p] == 0)
				continue;
			boolean covered = object[p] != 0 && count[p] >= share * pieces.sizes()[p];
			boolean kept = covered && (!mutual || largestPiece.get(object[p]) == p);
			labels[p] = kept ? object[p] : keepUnlinked ? -1 : nextNewId++;
		}
		long[] out = new long[tracked.length];
		for (int i = 0; i < out.length; i++)
			out[i] = labels[pieces.index()[i]] < 0 ? tracked[i] : labels[pieces.index()[i]];
		return out;
	}
}
