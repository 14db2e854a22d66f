package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * Issue 6 diagnostic (session 14): 3C decoding that keeps a 3D fragment in one object. The fragments are a 3D
 * over-segmentation of the tracked volume (the fast pass's watershed before agglomeration). A fragment takes its object
 * once, in the first section where the sweep labels at least {@code minVoxels} of its voxels (the majority of the sweep's labels over its voxels there, read
 * when that section seeds the next step); in every later section its voxels keep that object, whatever the wrapped
 * tracker decoded. So the colour votes decide only where a fragment begins, and an error cannot creep along a fragment
 * from section to section. Sections in sweep order, from the first.
 */
final class FragmentPersistence implements SectionTracker {

	private final SectionTracker tracker;
	private final RandomAccessibleInterval<? extends IntegerType<?>> fragments;
	private final Map<Long, Long> objectOfFragment = new HashMap<>();
	private long z;

	private final int minVoxels;

	/** @param minVoxels a fragment takes its object in the first section where it has at least this many labelled voxels */
	FragmentPersistence(SectionTracker tracker, RandomAccessibleInterval<? extends IntegerType<?>> fragments, int minVoxels) {
		this.tracker = tracker;
		this.fragments = fragments;
		this.minVoxels = minVoxels;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		record(seeds);
		return keep(tracker.propagate(seeds, seedEm, nextEm, width, height));
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		record(seeds);
		return keep(tracker.propagate(seeds, seedEm, nextEm, nextRegions, width, height));
	}

	/** Fragments of the seed section (section z) without an object take the majority of its non-zero labels. */
	private void record(long[] seeds) {
		long[] fragment = Sections.labels(fragments, z);
		Map<Long, Map<Long, Integer>> counts = new HashMap<>();
		for (int i = 0; i < seeds.length; i++)
			if (fragment[i] != 0 && seeds[i] != 0 && !objectOfFragment.containsKey(fragment[i]))
				counts.computeIfAbsent(fragment[i], f -> new HashMap<>()).merge(seeds[i], 1, Integer::sum);
		counts.forEach((f, votes) -> {
			if (votes.values().stream().mapToInt(Integer::intValue).sum() >= minVoxels)
				objectOfFragment.put(f, votes.entrySet().stream()
				.max(Map.Entry.<Long, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
				.orElseThrow().getKey());
		});
	}

	private long[] keep(long[] next) {
		long[] fragment = Sections.labels(fragments, ++z);
		for (int i = 0; i < next.length; i++) {
			Long object = objectOfFragment.get(fragment[i]);
			if (fragment[i] != 0 && object != null)
				next[i] = object;
		}
		return next;
	}
}
