package connectomej.proofread;

import java.util.Arrays;
import java.util.Locale;

/**
 * One line of a session journal: an operation and its arguments, space separated.
 * <pre>
 * merge KEEP ABSORB
 * split SEGMENT AX,AY,AZ BX,BY,BZ NEW_ID
 * review SEGMENT
 * undo
 * redo
 * </pre>
 *
 * @param operation merge, split, review, undo or redo
 * @param ids the segment ids (merge: keep, absorb; split: segment, new id; review: segment)
 * @param seedA split seed A (x, y, z voxels), else null
 * @param seedB split seed B, else null
 */
record JournalEntry(String operation, long[] ids, int[] seedA, int[] seedB) {

	static JournalEntry merge(long keep, long absorb) {
		return new JournalEntry("merge", new long[] { keep, absorb }, null, null);
	}

	static JournalEntry split(long segment, int[] seedA, int[] seedB, long newId) {
		return new JournalEntry("split", new long[] { segment, newId }, seedA, seedB);
	}

	static JournalEntry review(long segment) {
		return new JournalEntry("review", new long[] { segment }, null, null);
	}

	static JournalEntry undo() {
		return new JournalEntry("undo", new long[0], null, null);
	}

	static JournalEntry redo() {
		return new JournalEntry("redo", new long[0], null, null);
	}

	/** The line, without its line feed. */
	String line() {
		return switch (operation) {
			case "split" -> String.format(Locale.ROOT, "split %d %s %s %d", ids[0], point(seedA), point(seedB), ids[1]);
			case "merge" -> "merge " + ids[0] + " " + ids[1];
			case "review" -> "review " + ids[0];
			default -> operation;
		};
	}

	/**
	 * Parses a line written by {@link #line()}.
	 *
	 * @throws IllegalArgumentException when it is not one
	 */
	static JournalEntry parse(String line) {
		String[] w = line.trim().split(" ");
		try {
			return switch (w[0]) {
				case "merge" -> words(w, 3, merge(Long.parseLong(w[1]), Long.parseLong(w[2])));
				case "split" -> words(w, 5, split(Long.parseLong(w[1]), point(w[2]), point(w[3]), Long.parseLong(w[4])));
				case "review" -> words(w, 2, review(Long.parseLong(w[1])));
				case "undo" -> words(w, 1, undo());
				case "redo" -> words(w, 1, redo());
				default -> throw new IllegalArgumentException("unknown operation '" + w[0] + "'");
			};
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			throw new IllegalArgumentException("malformed line '" + line + "'");
		}
	}

	private static JournalEntry words(String[] w, int count, JournalEntry entry) {
		if (w.length != count)
			throw new IllegalArgumentException(w[0] + " takes " + (count - 1) + " arguments, not " + (w.length - 1));
		return entry;
	}

	private static String point(int[] p) {
		return p[0] + "," + p[1] + "," + p[2];
	}

	private static int[] point(String text) {
		int[] p = Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
		if (p.length != 3)
			throw new IllegalArgumentException("a seed is x,y,z, not '" + text + "'");
		return p;
	}
}
