package connectomej.segment;

import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.BooleanType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Exact Euclidean distance transform with anisotropic voxels, by the separable lower-envelope-of-parabolas method
 * of Felzenszwalb and Huttenlocher ("Distance transforms of sampled functions", Theory of Computing 8:415, 2012):
 * one linear-time 1D pass per axis, x then y then z.
 * <p>
 * For every voxel inside the mask the result is the squared distance in nm^2 to the centre of the nearest voxel
 * outside it; voxels outside get 0. When the mask has no outside voxel the distance is {@code +Infinity}.
 */
public final class DistanceTransform {

	private DistanceTransform() {}

	/**
	 * Squared distances (nm^2) of {@code mask}'s voxels to the nearest voxel outside it.
	 *
	 * @param mask inside = true, 3D x, y, z, any min
	 * @param squaredDistances output, same dimensions as {@code mask}, allocated by the caller
	 * @param voxelSize nm per axis
	 * @param perSection true: distances within each z section only (serial-section data)
	 */
	public static <B extends BooleanType<B>> void squaredDistances(RandomAccessibleInterval<B> mask,
		RandomAccessibleInterval<? extends RealType<?>> squaredDistances, VoxelSize voxelSize, boolean perSection)
	{
		int[] dims = FlatArrays.dimensions(mask);
		boolean[] inside = new boolean[dims[0] * dims[1] * dims[2]];
		Cursor<B> m = Views.flatIterable(mask).cursor();
		for (int i = 0; i < inside.length; i++)
			inside[i] = m.next().get();
		float[] d = squaredDistances(inside, dims, spacing(voxelSize, perSection));
		Cursor<? extends RealType<?>> o = Views.flatIterable(squaredDistances).cursor();
		for (float v : d)
			o.next().setReal(v);
	}

	/** Voxel spacing per axis for {@link #squaredDistances(boolean[], int[], double[])}; z infinite per section. */
	public static double[] spacing(VoxelSize voxelSize, boolean perSection) {
		return new double[] { voxelSize.x(), voxelSize.y(), perSection ? Double.POSITIVE_INFINITY : voxelSize.z() };
	}

	/**
	 * Squared distances on flat arrays.
	 *
	 * @param inside mask, flat x fastest
	 * @param dims {x, y, z}
	 * @param spacing nm per axis; {@code +Infinity} on an axis means distances do not propagate along it
	 * @return squared distance in nm^2 per voxel, 0 outside the mask
	 */
	public static float[] squaredDistances(boolean[] inside, int[] dims, double[] spacing) {
		float[] f = new float[inside.length];
		for (int i = 0; i < f.length; i++)
			f[i] = inside[i] ? Float.POSITIVE_INFINITY : 0;
		int longest = Math.max(dims[0], Math.max(dims[1], dims[2]));
		LowerEnvelope envelope = new LowerEnvelope(longest);
		int stride = 1;
		for (int d = 0; d < 3; d++) {
			if (Double.isFinite(spacing[d]))
				transformAxis(f, dims, d, stride, spacing[d] * spacing[d], envelope);
			stride *= dims[d];
		}
		return f;
	}

	private static void transformAxis(float[] f, int[] dims, int axis, int stride, double weight, LowerEnvelope envelope) {
		int n = dims[axis];
		int lines = f.length / n;
		for (int line = 0; line < lines; line++) {
			int start = lineStart(line, dims, axis, stride);
			envelope.transform(f, start, stride, n, weight);
		}
	}

	/** Flat index of the first voxel of the {@code line}-th line along {@code axis}. */
	private static int lineStart(int line, int[] dims, int axis, int stride) {
		int below = line % stride;
		int above = line / stride;
		return below + above * stride * dims[axis];
	}
}
