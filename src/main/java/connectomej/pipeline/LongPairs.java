package connectomej.pipeline;

import java.util.Arrays;

/** A growable list of long pairs, skipping a pair equal to the one just added (runs along a face repeat). */
final class LongPairs {

	private long[] values = new long[16];
	private int size;

	void add(long a, long b) {
		if (size >= 2 && values[size - 2] == a && values[size - 1] == b)
			return;
		if (size + 2 > values.length)
			values = Arrays.copyOf(values, values.length * 2);
		values[size++] = a;
		values[size++] = b;
	}

	long[] toArray() {
		return Arrays.copyOf(values, size);
	}
}
