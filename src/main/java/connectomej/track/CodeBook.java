package connectomej.track;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random code words for the objects of a seed section, the heart of cross-classification clustering (Meirovitch,
 * Mi et al. 2018, arXiv 1812.01157): N objects get distinct words of n = ceil(log_k N) digits over k colours (plus
 * optional redundant digits), so that n k-way colour classifications identify every object. The words are drawn
 * afresh for every training sample and every section, so the network learns to propagate colours, not identities.
 */
public final class CodeBook {

	/** What {@link #decode(long)} returns for a colour tuple that is no object's word. */
	public static final long NO_OBJECT = 0;

	private final int colours, digits, redundantDigits;
	private final long[] ids;
	private final long[] keys;
	private final Map<Long, Long> idByKey;
	private final Map<Long, Integer> indexById;

	private CodeBook(int colours, int digits, int redundantDigits, long[] ids, long[] keys) {
		this.colours = colours;
		this.redundantDigits = redundantDigits;
		this.digits = digits;
		this.ids = ids.clone();
		this.keys = keys;
		idByKey = new HashMap<>(2 * ids.length);
		indexById = new HashMap<>(2 * ids.length);
		for (int i = 0; i < ids.length; i++) {
			idByKey.put(keys[i], ids[i]);
			indexById.put(ids[i], i);
		}
	}

	/** The fewest digits over {@code colours} colours that give {@code objects} distinct words: ceil(log_k N), >= 1. */
	public static int digitsFor(long objects, int colours) {
		int n = 1;
		for (double capacity = colours; capacity < objects; capacity *= colours)
			n++;
		return n;
	}

	/**
	 * Distinct random words for the given objects.
	 *
	 * @param ids object ids, distinct and non-zero
	 * @param colours k >= 2
	 * @param digits n, or <= 0 for {@link #digitsFor}
	 * @param redundantDigits extra digits (>= 0) that make words sparser, so a misclassified digit more often gives a
	 *            tuple that matches nothing or can be corrected
	 * @throws IllegalArgumentException when k^n < N, naming the k or n that would do
	 */
	public static CodeBook random(long[] ids, int colours, int digits, int redundantDigits, Random random) {
		if (colours < 2 || redundantDigits < 0)
			throw new IllegalArgumentException("a code needs >= 2 colours and >= 0 redundant digits");
		int n = digits > 0 ? digits : digitsFor(ids.length, colours);
		if (Math.pow(colours, n) < ids.length)
			throw new IllegalArgumentException(ids.length + " objects but " + n + " digit(s) over " + colours
					+ " colours address only " + (long) Math.pow(colours, n) + ": use " + digitsFor(ids.length, colours)
					+ " digits, or " + coloursFor(ids.length, n) + " colours");
		int total = n + redundantDigits;
		return new CodeBook(colours, total, redundantDigits, ids, distinctKeys(ids.length, Math.pow(colours, total), random));
	}

	private static int coloursFor(long objects, int digits) {
		int k = 2;
		while (Math.pow(k, digits) < objects)
			k++;
		return k;
	}

	private static long[] distinctKeys(int count, double space, Random random) {
		long[] keys = new long[count];
		if (space <= 1 << 22) {
			int[] all = new int[(int) space];
			for (int i = 0; i < all.length; i++)
				all[i] = i;
			for (int i = 0; i < count; i++) {
				int j = i + random.nextInt(all.length - i);
				int t = all[i];
				all[i] = all[j];
				all[j] = t;
				keys[i] = all[i];
			}
			return keys;
		}
		Set<Long> used = new HashSet<>();
		for (int i = 0; i < count;) {
			long key = (long) (random.nextDouble() * space);
			if (used.add(key))
				keys[i++] = key;
		}
		return keys;
	}

	/** k, the number of colours. */
	public int colours() {
		return colours;
	}

	/** Digits per word, redundant ones included. */
	public int digits() {
		return digits;
	}

	/** The objects' ids, in the order given to {@link #random}. */
	public long[] ids() {
		return ids.clone();
	}

	/** Number of objects. */
	public int size() {
		return ids.length;
	}

	/** The colour (0 .. k-1) of digit {@code digit} of the object {@code id}, or -1 for an id not in the code. */
	public int colour(long id, int digit) {
		Integer index = indexById.get(id);
		return index == null ? -1 : digitOf(keys[index], digit);
	}

	private int digitOf(long key, int digit) {
		for (int d = 0; d < digit; d++)
			key /= colours;
		return (int) (key % colours);
	}

	/** The key of a colour tuple, digit 0 least significant: sum of colour_i * k^i. */
	public long key(int[] tuple) {
		long key = 0;
		for (int d = tuple.length - 1; d >= 0; d--)
			key = key * colours + tuple[d];
		return key;
	}

	/**
	 * The object whose word is the tuple with this {@link #key}; with redundant digits, else the only object whose
	 * word differs from it in one digit; else {@link #NO_OBJECT}.
	 */
	public long decode(long key) {
		Long id = idByKey.get(key);
		if (id != null)
			return id;
		if (redundantDigits == 0)
			return NO_OBJECT;
		return oneDigitAway(key);
	}

	private long oneDigitAway(long key) {
		long found = NO_OBJECT, place = 1;
		for (int d = 0; d < digits; d++, place *= colours) {
			long own = key / place % colours;
			for (int c = 0; c < colours; c++) {
				Long id = c == own ? null : idByKey.get(key + (c - own) * place);
				if (id != null && found != NO_OBJECT)
					return NO_OBJECT;
				if (id != null)
					found = id;
			}
		}
		return found;
	}
}
