package connectomej.metrics;

/**
 * A map from {@code long} keys to {@code long} values with open addressing and linear probing: no boxing, two
 * arrays of primitives plus one occupancy array, about 17 bytes per slot at a load factor of at most one half.
 * <p>
 * Any {@code long} is a valid key. Not thread-safe; parallel code fills one map per thread and merges them.
 */
public final class LongLongMap {

	private long[] keys;
	private long[] values;
	private boolean[] used;
	private int size;
	private int mask;

	/** An empty map that grows as needed. */
	public LongLongMap() {
		this(16);
	}

	/** An empty map sized for about {@code expected} entries before it first grows. */
	public LongLongMap(int expected) {
		allocate(Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1);
	}

	/** Number of keys in the map. */
	public int size() {
		return size;
	}

	/** True if the key is in the map. */
	public boolean containsKey(long key) {
		return used[find(key)];
	}

	/** The value of {@code key}, or {@code missing} if the key is absent. */
	public long get(long key, long missing) {
		int slot = find(key);
		return used[slot] ? values[slot] : missing;
	}

	/** Sets the value of {@code key}. */
	public void put(long key, long value) {
		int slot = insertionSlot(key);
		values[slot] = value;
	}

	/** Adds {@code delta} to the value of {@code key} (absent keys count as 0) and returns the new value. */
	public long addTo(long key, long delta) {
		int slot = insertionSlot(key);
		return values[slot] += delta;
	}

	/** Calls {@code action} once per entry, in no particular order. */
	public void forEach(Entries action) {
		for (int slot = 0; slot < keys.length; slot++)
			if (used[slot])
				action.accept(keys[slot], values[slot]);
	}

	/** Receives the entries of a map. */
	@FunctionalInterface
	public interface Entries {

		/** One entry: its key and value. */
		void accept(long key, long value);
	}

	private int insertionSlot(long key) {
		int slot = find(key);
		if (used[slot])
			return slot;
		if (2 * (size + 1) > keys.length) {
			grow();
			slot = find(key);
		}
		used[slot] = true;
		keys[slot] = key;
		values[slot] = 0;
		size++;
		return slot;
	}

	private int find(long key) {
		int slot = hash(key) & mask;
		while (used[slot] && keys[slot] != key)
			slot = (slot + 1) & mask;
		return slot;
	}

	/** Mixes all 64 bits (the finalizer of MurmurHash3), so labels packed in high bits spread well. */
	private static int hash(long key) {
		long h = key;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) h;
	}

	private void grow() {
		long[] oldKeys = keys, oldValues = values;
		boolean[] oldUsed = used;
		if (oldKeys.length >= 1 << 30)
			throw new IllegalStateException("map is full at " + size + " entries");
		allocate(oldKeys.length * 2);
		for (int slot = 0; slot < oldKeys.length; slot++)
			if (oldUsed[slot])
				put(oldKeys[slot], oldValues[slot]);
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		values = new long[capacity];
		used = new boolean[capacity];
		mask = capacity - 1;
		size = 0;
	}

	@Override
	public String toString() {
		return "LongLongMap(" + size + " entries, " + keys.length + " slots)";
	}
}
