package connectomej.track;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;

/**
 * How many ground-truth objects a tracker followed through a stack without a split or a merge. An object of the
 * first section (at least {@code minVoxels} voxels there) is followed if, in every section where it has at least
 * {@code minVoxels} voxels, the label it carries in the first section covers at least {@code share} of its voxels (no
 * split) and it makes up at least {@code share} of that label's voxels on labelled ground truth (no merge).
 *
 * @param objects objects of the first section that were judged
 * @param followed of those, the ones followed in every section where they are present
 * @param spanning objects present (at least minVoxels) in the first and the last section
 * @param spanningFollowed of those, the ones followed
 */
public record FollowedObjects(int objects, int followed, int spanning, int spanningFollowed) {

	/**
	 * @param tracked tracker output, x, y, z
	 * @param groundTruth object ids, same dimensions, 0 = boundary (ignored)
	 */
	public static FollowedObjects count(RandomAccessibleInterval<? extends IntegerType<?>> tracked,
			RandomAccessibleInterval<? extends IntegerType<?>> groundTruth, int minVoxels, double share) {
		Map<Long, Fate> fates = fates(tracked, groundTruth, minVoxels, share);
		int followed = 0, spanning = 0, spanningFollowed = 0;
		for (Fate f : fates.values()) {
			followed += f.followed() ? 1 : 0;
			spanning += f.inLast() ? 1 : 0;
			spanningFollowed += f.inLast() && f.followed() ? 1 : 0;
		}
		return new FollowedObjects(fates.size(), followed, spanning, spanningFollowed);
	}

	/**
	 * What became of one judged object.
	 *
	 * @param label the tracker's label of the object in the first section
	 * @param firstFailure section index (from 0 = the first section) where it was first split or merged, -1 = never
	 * @param inLast whether it has at least minVoxels voxels in the last section
	 */
	public record Fate(long label, long firstFailure, boolean inLast) {

		/** @return whether the object was followed in every section */
		public boolean followed() {
			return firstFailure < 0;
		}
	}

	/**
	 * The fate of every judged object under the rule of {@link #count}.
	 *
	 * @return ground-truth id of each object of the first section with at least {@code minVoxels} voxels there, to its fate
	 */
	public static Map<Long, Fate> fates(RandomAccessibleInterval<? extends IntegerType<?>> tracked,
			RandomAccessibleInterval<? extends IntegerType<?>> groundTruth, int minVoxels, double share) {
		long z0 = tracked.min(2), depth = tracked.dimension(2);
		Map<Long, Long> labelOf = majority(Sections.labels(groundTruth, groundTruth.min(2)), Sections.labels(tracked, z0));
		Map<Long, Long> firstSizes = sizes(Sections.labels(groundTruth, groundTruth.min(2)));
		labelOf.keySet().removeIf(g -> firstSizes.get(g) < minVoxels);
		Map<Long, Long> failure = new HashMap<>();
		Map<Long, Boolean> inLast = new HashMap<>();
		labelOf.keySet().forEach(g -> failure.put(g, -1L));
		for (long z = 0; z < depth; z++) {
			long[] gt = Sections.labels(groundTruth, groundTruth.min(2) + z), seg = Sections.labels(tracked, z0 + z);
			Map<Long, Long> gtSizes = sizes(gt), segSizes = new HashMap<>(), overlap = new HashMap<>();
			for (int i = 0; i < gt.length; i++)
				if (gt[i] != 0) {
					segSizes.merge(seg[i], 1L, Long::sum);
					if (labelOf.containsKey(gt[i]) && labelOf.get(gt[i]) == seg[i])
						overlap.merge(gt[i], 1L, Long::sum);
				}
			for (long g : labelOf.keySet()) {
				long size = gtSizes.getOrDefault(g, 0L), both = overlap.getOrDefault(g, 0L);
				if (size >= minVoxels && (both < share * size || both < share * segSizes.getOrDefault(labelOf.get(g), 0L))
						&& failure.get(g) < 0)
					failure.put(g, z);
				if (z == depth - 1)
					inLast.put(g, size >= minVoxels);
			}
		}
		Map<Long, Fate> out = new HashMap<>();
		labelOf.forEach((g, label) -> out.put(g, new Fate(label, failure.get(g), inLast.get(g))));
		return out;
	}

	private static Map<Long, Long> sizes(long[] section) {
		Map<Long, Long> sizes = new HashMap<>();
		for (long v : section)
			if (v != 0)
				sizes.merge(v, 1L, Long::sum);
		return sizes;
	}

	private static Map<Long, Long> majority(long[] gt, long[] seg) {
		Map<Long, Map<Long, Long>> counts = new HashMap<>();
		for (int i = 0; i < gt.length; i++)
			if (gt[i] != 0)
				counts.computeIfAbsent(gt[i], g -> new HashMap<>()).merge(seg[i], 1L, Long::sum);
		Map<Long, Long> out = new HashMap<>();
		counts.forEach((g, c) -> out.put(g, c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
		return out;
	}
}
