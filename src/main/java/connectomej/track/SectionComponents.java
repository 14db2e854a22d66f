package connectomej.track;

/**
 * 4-connected regions of equal value in a section (index y * width + x), zero included.
 *
 * @param index region of each voxel, 0 .. count-1
 * @param sizes voxels per region
 * @param values the value of each region
 */
record SectionComponents(int[] index, int[] sizes, long[] values) {

	static SectionComponents of(long[] section, int width, int height) {
		int[] index = new int[section.length], queue = new int[section.length];
		java.util.Arrays.fill(index, -1);
		int[] sizes = new int[section.length];
		long[] values = new long[section.length];
		int count = 0;
		for (int start = 0; start < section.length; start++) {
			if (index[start] >= 0)
				continue;
			int head = 0, tail = 0;
			queue[tail++] = start;
			index[start] = count;
			while (head < tail) {
				int i = queue[head++], x = i % width, y = i / width;
				tail = visit(section, index, queue, tail, i, x > 0 ? i - 1 : -1, count);
				tail = visit(section, index, queue, tail, i, x < width - 1 ? i + 1 : -1, count);
				tail = visit(section, index, queue, tail, i, y > 0 ? i - width : -1, count);
				tail = visit(section, index, queue, tail, i, y < height - 1 ? i + width : -1, count);
			}
			sizes[count] = tail;
			values[count++] = section[start];
		}
		return new SectionComponents(index, java.util.Arrays.copyOf(sizes, count), java.util.Arrays.copyOf(values, count));
	}

	private static int visit(long[] section, int[] index, int[] queue, int tail, int from, int to, int component) {
		if (to < 0 || index[to] >= 0 || section[to] != section[from])
			return tail;
		index[to] = component;
		queue[tail] = to;
		return tail + 1;
	}

	/** Number of regions. */
	int count() {
		return sizes.length;
	}
}
