package connectomej.track;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Disjoint sets of (tile, label) objects for {@link BlockStitching}, with path halving; the key of an object is
 * {@code tile * 2^40 + label}. Objects that continue a seed remember its id.
 */
final class ObjectSets {

	private static final long TILE = 1L << 40;

	private final Map<Long, Long> parent = new HashMap<>();
	private final Map<Long, Long> seedKeyById = new HashMap<>();
	private final Map<Long, Long> seedIdByKey = new HashMap<>();

	/** Records that {@code label} of {@code tile} continues seed object {@code label}; joins it with the others that do. */
	void seedOf(int tile, long label) {
		long key = key(tile, label);
		seedIdByKey.put(key, label);
		Long other = seedKeyById.putIfAbsent(label, key);
		if (other != null)
			union(key, other);
	}

	void union(int tileA, long labelA, int tileB, long labelB) {
		union(key(tileA, labelA), key(tileB, labelB));
	}

	private void union(long a, long b) {
		long ra = find(a), rb = find(b);
		if (ra != rb)
			parent.put(Math.max(ra, rb), Math.min(ra, rb));
	}

	/** The representative key of the object's set. */
	long find(int tile, long label) {
		return find(key(tile, label));
	}

	private long find(long key) {
		Long p = parent.get(key);
		while (p != null && p != key) {
			Long grand = parent.get(p);
			if (grand != null && !grand.equals(p))
				parent.put(key, grand);
			key = p;
			p = parent.get(key);
		}
		return key;
	}

	/**
	 * Final id of every representative: a set holding seed objects takes the smallest seed id; any other set takes the
	 * next id from {@code maxSeed + 1} on, the first time the returned map is asked for it.
	 */
	Map<Long, Long> finalIds(long maxSeed) {
		Map<Long, Long> ids = new HashMap<>();
		new TreeMap<>(seedIdByKey).forEach((key, id) -> ids.merge(find(key), id, Math::min));
		long[] next = { maxSeed + 1 };
		return new LazyIds(ids, next);
	}

	private static long key(int tile, long label) {
		return tile * TILE + label;
	}

	/** A map that hands out a fresh id the first time an unknown representative is asked for. */
	private static final class LazyIds extends HashMap<Long, Long> {

		private final long[] next;

		LazyIds(Map<Long, Long> known, long[] next) {
			super(known);
			this.next = next;
		}

		@Override
		public Long get(Object key) {
			return computeIfAbsent((Long) key, k -> next[0]++);
		}
	}
}
