package connectomej.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Labelled network inputs: windows (grid^dimensions cells, x fastest) and whether each shows a merge.
 *
 * @param windows one input per example
 * @param merged true for a window of two objects joined (positive), false for one object
 * @param grid cells per axis
 * @param dimensions 2 or 3
 */
public record WindowSet(List<float[]> windows, List<Boolean> merged, int grid, int dimensions) {

	public WindowSet {
		if (windows.size() != merged.size())
			throw new IllegalArgumentException(windows.size() + " windows, " + merged.size() + " labels");
	}

	/** An empty, growable set. */
	public static WindowSet empty(int grid, int dimensions) {
		return new WindowSet(new ArrayList<>(), new ArrayList<>(), grid, dimensions);
	}

	/** Adds one example. */
	public void add(float[] window, boolean isMerged) {
		windows.add(window);
		merged.add(isMerged);
	}

	/** Adds every example of another set with the same grid. */
	public void addAll(WindowSet other) {
		if (other.grid != grid || other.dimensions != dimensions)
			throw new IllegalArgumentException("grids differ: " + other.grid + " vs " + grid);
		windows.addAll(other.windows);
		merged.addAll(other.merged);
	}

	/** Number of examples. */
	public int size() {
		return windows.size();
	}

	/** Number of positives (merged). */
	public int positives() {
		return (int) merged.stream().filter(b -> b).count();
	}

	/** The examples in a seeded random order (a new set). */
	public WindowSet shuffled(long seed) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < size(); i++)
			order.add(i);
		Collections.shuffle(order, new Random(seed));
		WindowSet out = empty(grid, dimensions);
		for (int i : order)
			out.add(windows.get(i), merged.get(i));
		return out;
	}

	/** Examples [from, to) as a new set. */
	public WindowSet range(int from, int to) {
		return new WindowSet(new ArrayList<>(windows.subList(from, to)), new ArrayList<>(merged.subList(from, to)), grid, dimensions);
	}

	/** As many positives as negatives: the larger class is cut down to the smaller, seeded (a new set). */
	public WindowSet balanced(long seed) {
		WindowSet shuffled = shuffled(seed), out = empty(grid, dimensions);
		int keep = Math.min(positives(), size() - positives()), pos = 0, neg = 0;
		for (int i = 0; i < shuffled.size(); i++) {
			boolean m = shuffled.merged.get(i);
			if (m ? pos++ < keep : neg++ < keep)
				out.add(shuffled.windows.get(i), m);
		}
		return out;
	}
}
