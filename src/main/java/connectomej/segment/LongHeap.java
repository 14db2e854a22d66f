package connectomej.segment;

import java.util.Arrays;

/** A binary min-heap of primitive longs. */
final class LongHeap {

	private long[] heap = new long[64];
	private int size;

	boolean isEmpty() {
		return size == 0;
	}

	void push(long v) {
		if (size == heap.length)
			heap = Arrays.copyOf(heap, size * 2);
		int i = size++;
		while (i > 0 && heap[(i - 1) / 2] > v) {
			heap[i] = heap[(i - 1) / 2];
			i = (i - 1) / 2;
		}
		heap[i] = v;
	}

	long pop() {
		long top = heap[0];
		long last = heap[--size];
		int i = 0;
		while (true) {
			int c = 2 * i + 1;
			if (c >= size)
				break;
			if (c + 1 < size && heap[c + 1] < heap[c])
				c++;
			if (heap[c] >= last)
				break;
			heap[i] = heap[c];
			i = c;
		}
		heap[i] = last;
		return top;
	}
}
