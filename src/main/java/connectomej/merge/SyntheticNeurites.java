package connectomej.merge;

import java.util.Random;

import connectomej.volume.VoxelSize;

/**
 * Simple neurite-like label volumes for training MergeNet without annotation: tubes of varying radius that wander
 * through the volume, each its own object, painted first come first served, with a one-voxel boundary (label 0)
 * where two objects meet and empty space (0) between tubes.
 */
public final class SyntheticNeurites {

	/**
	 * @param size volume size, voxels, x, y, z
	 * @param tubes number of objects
	 * @param minRadius smallest tube radius, voxels
	 * @param maxRadius largest tube radius, voxels
	 * @param seed random choices
	 */
	public record Settings(int[] size, int tubes, double minRadius, double maxRadius, long seed) {}

	private SyntheticNeurites() {}

	/** A new label volume, labels 1..tubes (a tube hidden by others may be missing), isotropic unit voxels. */
	public static LabelGrid generate(Settings s) {
		int[] n = s.size();
		long[] labels = new long[n[0] * n[1] * n[2]];
		Random random = new Random(s.seed());
		for (int t = 1; t <= s.tubes(); t++)
			tube(labels, n, t, s, random);
		return new LabelGrid(boundaries(labels, n), n[0], n[1], n[2], VoxelSize.UNIT);
	}

	private static void tube(long[] labels, int[] n, long id, Settings s, Random random) {
		double[] p = new double[3], dir = new double[3];
		for (int d = 0; d < 3; d++) {
			p[d] = random.nextDouble() * n[d];
			dir[d] = random.nextGaussian();
		}
		double radius = s.minRadius() + random.nextDouble() * (s.maxRadius() - s.minRadius());
		int maxSteps = 4 * (n[0] + n[1] + n[2]);
		for (int backwards = 0; backwards < 2; backwards++) {
			double[] q = p.clone(), v = normalised(dir, backwards == 0 ? 1 : -1);
			for (int step = 0; step < maxSteps && inside(q, n, radius); step++) {
				ball(labels, n, q, radius * (0.8 + 0.4 * Math.sin(step / 9.0 + id)), id);
				for (int d = 0; d < 3; d++)
					v[d] += 0.15 * random.nextGaussian();
				v = normalised(v, 1);
				for (int d = 0; d < 3; d++)
					q[d] += v[d];
			}
		}
	}

	private static double[] normalised(double[] v, double sign) {
		double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) + 1e-12;
		return new double[] { sign * v[0] / norm, sign * v[1] / norm, sign * v[2] / norm };
	}

	private static boolean inside(double[] q, int[] n, double margin) {
		for (int d = 0; d < 3; d++)
			if (q[d] < -margin || q[d] > n[d] + margin)
				return false;
		return true;
	}

	private static void ball(long[] labels, int[] n, double[] c, double r, long id) {
		int[] lo = new int[3], hi = new int[3];
		for (int d = 0; d < 3; d++) {
			lo[d] = Math.max(0, (int) Math.floor(c[d] - r));
			hi[d] = Math.min(n[d] - 1, (int) Math.ceil(c[d] + r));
		}
		for (int z = lo[2]; z <= hi[2]; z++)
			for (int y = lo[1]; y <= hi[1]; y++)
				for (int x = lo[0]; x <= hi[0]; x++) {
					int i = x + n[0] * (y + n[1] * z);
					double dx = x - c[0], dy = y - c[1], dz = z - c[2];
					if (labels[i] == 0 && dx * dx + dy * dy + dz * dz <= r * r)
						labels[i] = id;
				}
	}

	/** Voxels with a 6-neighbour of a smaller non-zero label become 0. */
	private static long[] boundaries(long[] labels, int[] n) {
		long[] out = labels.clone();
		int[] stride = { 1, n[0], n[0] * n[1] };
		for (int z = 0, i = 0; z < n[2]; z++)
			for (int y = 0; y < n[1]; y++)
				for (int x = 0; x < n[0]; x++, i++) {
					int[] p = { x, y, z };
					for (int d = 0; d < 3 && labels[i] != 0; d++)
						for (int sign = -1; sign <= 1; sign += 2) {
							int q = p[d] + sign;
							if (q >= 0 && q < n[d] && labels[i + sign * stride[d]] != 0 && labels[i + sign * stride[d]] < labels[i])
								out[i] = 0;
						}
				}
		return out;
	}
}
