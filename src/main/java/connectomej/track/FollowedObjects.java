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
		long z0 = tracked.min(2), depth = tracked.dimension(2);
		Map<Long, Long> labelOf = majority(Sections.labels(groundTruth, groundTruth.min(2)), Sections.labels(tracked, z0));
		Map<Long, Boolean> ok = new HashMap<>();
		Map<Long, Boolean> inLast = new HashMap<>();
		Map<Long, Long> firstSizes = sizes(Sections.labels(groundTruth, groundTruth.min(2)));
		labelOf.keySet().removeIf(g -> firstSizes.get(g) < minVoxels);
		labelOf.keySet().forEach(g -> ok.put(g, true));
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
				if (size >= minVoxels && (both < share * size || both < share * segSizes.getOrDefault(labelOf.get(g), 0L)))
					ok.put(g, false);
				if (z == depth - 1)
					inLast.put(g, size >= minVoxels);
			}
		}
		int followed = 0, spanning = 0, spanningFollowed = 0;
		for (long g : labelOf.keySet()) {
			followed += ok.get(g) ? 1 : 0;
			spanning += inLast.get(g) ? 1 : 0;
			spanningFollowed += inLast.get(g) && ok.get(g) ? 1 : 0;
		}
		return new FollowedObjects(labelOf.size(), followed, spanning, spanningFollowed);
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
