package connectomej.uncertainty;

import java.util.ArrayList;
import java.util.List;

/**
 * A symmetry of the square (2D) or cube (3D) grid: a permutation of the axes followed by flips. Output axis a reads
 * input axis {@code permutation[a]}, reversed when {@code flips[a]}. The 2D group has 8 elements (the dihedral group
 * of the square), the 3D group 48 (the full octahedral group). Used by infer-transformation (Mi et al. 2019, arXiv
 * 1910.04858): predict on a transformed input and map the output back with {@link #inverse()}.
 *
 * @param permutation input axis of each output axis, a permutation of 0 .. n-1
 * @param flips whether each output axis is reversed
 */
public record AxisSymmetry(int[] permutation, boolean[] flips) {

	public AxisSymmetry {
		if (permutation.length != flips.length || (permutation.length != 2 && permutation.length != 3))
			throw new IllegalArgumentException("symmetries act on 2 or 3 axes");
		boolean[] seen = new boolean[permutation.length];
		for (int p : permutation) {
			if (p < 0 || p >= seen.length || seen[p])
				throw new IllegalArgumentException("not a permutation of the axes");
			seen[p] = true;
		}
		permutation = permutation.clone();
		flips = flips.clone();
	}

	/** All symmetries of the {@code dimensions}-cube grid, the identity first: 8 in 2D, 48 in 3D. */
	public static List<AxisSymmetry> all(int dimensions) {
		List<AxisSymmetry> group = new ArrayList<>();
		for (int[] p : permutations(dimensions))
			for (int mask = 0; mask < 1 << dimensions; mask++) {
				boolean[] f = new boolean[dimensions];
				for (int a = 0; a < dimensions; a++)
					f[a] = (mask >> a & 1) != 0;
				group.add(new AxisSymmetry(p, f));
			}
		return group;
	}

	private static List<int[]> permutations(int n) {
		return n == 2 ? List.of(new int[] { 0, 1 }, new int[] { 1, 0 })
				: List.of(new int[] { 0, 1, 2 }, new int[] { 0, 2, 1 }, new int[] { 1, 0, 2 }, new int[] { 1, 2, 0 },
						new int[] { 2, 0, 1 }, new int[] { 2, 1, 0 });
	}

	/** Number of axes, 2 or 3. */
	public int dimensions() {
		return permutation.length;
	}

	/** The symmetry that undoes this one. */
	public AxisSymmetry inverse() {
		int n = dimensions();
		int[] q = new int[n];
		boolean[] f = new boolean[n];
		for (int a = 0; a < n; a++)
			q[permutation[a]] = a;
		for (int b = 0; b < n; b++)
			f[b] = flips[q[b]];
		return new AxisSymmetry(q, f);
	}

	/** The grid size after the transform: output axis a has the size of input axis {@code permutation[a]}. */
	public int[] transformedSize(int[] size) {
		int[] out = new int[size.length];
		for (int a = 0; a < size.length; a++)
			out[a] = size[permutation[a]];
		return out;
	}

	/**
	 * Transforms a multi-channel grid.
	 *
	 * @param data {@code channels} grids one after the other, each with axis 0 (x) fastest, then y (, then z)
	 * @param channels number of channels, >= 1
	 * @param size grid size per axis (x, y (, z)), voxels
	 * @return a new array laid out the same way over {@link #transformedSize(int[]) the transformed size}
	 */
	public float[] apply(float[] data, int channels, int[] size) {
		int n = dimensions(), voxels = voxels(size);
		if (size.length != n || data.length != channels * voxels)
			throw new IllegalArgumentException("data does not match " + channels + " channels of the given size");
		int[] outSize = transformedSize(size), outStride = strides(outSize), step = new int[n];
		int start = 0;
		for (int a = 0; a < n; a++) {
			// moving one voxel along input axis permutation[a] moves +-outStride[a] in the output
			step[permutation[a]] = flips[a] ? -outStride[a] : outStride[a];
			start += flips[a] ? (outSize[a] - 1) * outStride[a] : 0;
		}
		float[] out = new float[data.length];
		for (int c = 0; c < channels; c++)
			copyChannel(data, out, c * voxels, start, size, step);
		return out;
	}

	private static void copyChannel(float[] in, float[] out, int offset, int start, int[] size, int[] step) {
		int depth = size.length == 3 ? size[2] : 1, stepZ = size.length == 3 ? step[2] : 0, i = offset;
		for (int z = 0; z < depth; z++)
			for (int y = 0; y < size[1]; y++) {
				int o = offset + start + z * stepZ + y * step[1];
				for (int x = 0; x < size[0]; x++, o += step[0])
					out[o] = in[i++];
			}
	}

	private static int[] strides(int[] size) {
		int[] s = new int[size.length];
		for (int a = 0, v = 1; a < size.length; v *= size[a], a++)
			s[a] = v;
		return s;
	}

	private static int voxels(int[] size) {
		int v = 1;
		for (int s : size)
			v *= s;
		return v;
	}
}
