package connectomej.metrics;

import java.util.Arrays;

/**
 * Dense indices 0, 1, 2, ... for the labels of one label volume, in order of first appearance, with the number of
 * voxels counted for each label. Labels are any {@code long} (an unsigned 64-bit label keeps its bits).
 */
final class LabelIndex {

	private final LongLongMap indexOfLabel = new LongLongMap();
	private long[] labels = new long[16];
	private long[] sizes = new long[16];

	/** The index of {@code label}, adding the label with size 0 if it is new. */
	int indexOf(long label) {
		long index = indexOfLabel.get(label, -1);
		if (index >= 0)
			return (int) index;
		int added = indexOfLabel.size();
		if (added == labels.length) {
			labels = Arrays.copyOf(labels, added * 2);
			sizes = Arrays.copyOf(sizes, added * 2);
		}
		labels[added] = label;
		indexOfLabel.put(label, added);
		return added;
	}

	/** The index of {@code label}, or -1 if it never occurred. */
	int find(long label) {
		return (int) indexOfLabel.get(label, -1);
	}

	void addSize(int index, long count) {
		sizes[index] += count;
	}

	int count() {
		return indexOfLabel.size();
	}

	long label(int index) {
		return labels[index];
	}

	long size(int index) {
		return sizes[index];
	}
}
