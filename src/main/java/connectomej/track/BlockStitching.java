package connectomej.track;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import connectomej.volume.Block;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * Joins the objects of separately tracked tiles into one labelling. Two objects of different tiles become one when
 * they continue the same seed object (same id, present in both tiles' first section) or when, in the part of the
 * volume both tiles cover, each is the other's largest overlap with at least {@code minShared} voxels. Each voxel
 * takes its label from the tile whose core holds it.
 */
final class BlockStitching {

	private BlockStitching() {}

	/** Writes the stitched labels into {@code out} and returns the number of objects. */
	static <T extends IntegerType<T>> long stitch(List<Block> tiles, List<RandomAccessibleInterval<UnsignedLongType>> labels,
			RandomAccessibleInterval<T> out, int minShared) {
		ObjectSets sets = new ObjectSets();
		long maxSeed = 0;
		for (int t = 0; t < tiles.size(); t++)
			for (long id : Sections.objects(Sections.labels(labels.get(t), labels.get(t).min(2)))) {
				sets.seedOf(t, id);
				maxSeed = Math.max(maxSeed, id);
			}
		for (int a = 0; a < tiles.size(); a++)
			for (int b = a + 1; b < tiles.size(); b++) {
				Interval shared = Intervals.intersect(tiles.get(a).withHalo(), tiles.get(b).withHalo());
				if (!Intervals.isEmpty(shared))
					joinMutualBest(sets, a, b, Views.interval(labels.get(a), shared), Views.interval(labels.get(b), shared), minShared);
			}
		Map<Long, Long> finalIds = sets.finalIds(maxSeed);
		for (int t = 0; t < tiles.size(); t++)
			write(t, labels.get(t), tiles.get(t).core(), sets, finalIds, out);
		return finalIds.values().stream().distinct().count();
	}

	private static void joinMutualBest(ObjectSets sets, int a, int b, RandomAccessibleInterval<UnsignedLongType> la,
			RandomAccessibleInterval<UnsignedLongType> lb, int minShared) {
		Map<Long, Map<Long, Long>> counts = new HashMap<>();
		Cursor<UnsignedLongType> ca = Views.flatIterable(la).cursor(), cb = Views.flatIterable(lb).cursor();
		while (ca.hasNext()) {
			long x = ca.next().get(), y = cb.next().get();
			if (x != 0 && y != 0)
				counts.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1L, Long::sum);
		}
		Map<Long, Long> bestOfA = new HashMap<>(), bestOfB = new HashMap<>(), bestCountOfB = new HashMap<>();
		counts.forEach((x, row) -> row.forEach((y, n) -> {
			if (n > bestCountOfB.getOrDefault(y, 0L)) {
				bestCountOfB.put(y, n);
				bestOfB.put(y, x);
			}
		}));
		counts.forEach((x, row) -> bestOfA.put(x, row.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
		bestOfA.forEach((x, y) -> {
			if (bestOfB.get(y).equals(x) && counts.get(x).get(y) >= minShared)
				sets.union(a, x, b, y);
		});
	}

	private static <T extends IntegerType<T>> void write(int tile, RandomAccessibleInterval<UnsignedLongType> labels, FinalInterval core,
			ObjectSets sets, Map<Long, Long> finalIds, RandomAccessibleInterval<T> out) {
		Cursor<UnsignedLongType> in = Views.interval(labels, core).localizingCursor();
		RandomAccess<T> target = out.randomAccess();
		while (in.hasNext()) {
			long id = in.next().get();
			target.setPosition(in);
			target.get().setInteger(id == 0 ? 0 : finalIds.get(sets.find(tile, id)));
		}
	}
}
