package connectomej.volume;

/**
 * Physical size of one voxel in nanometres, per axis x, y, z.
 * <p>
 * Serial-section TEM is typically 4 x 4 x 40 nm (anisotropic), FIB-SEM 8-10 nm isotropic.
 *
 * @param x size along x in nm, > 0
 * @param y size along y in nm, > 0
 * @param z size along z (section thickness) in nm, > 0
 */
public record VoxelSize(double x, double y, double z) {

	/** One nanometre per axis: the voxel size of data that carries none. */
	public static final VoxelSize UNIT = new VoxelSize(1, 1, 1);

	public VoxelSize {
		if (!(x > 0 && y > 0 && z > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z))
			throw new IllegalArgumentException("voxel size must be positive and finite, got " + x + " x " + y + " x " + z + " nm");
	}

	/** The same size s nm along all three axes. */
	public static VoxelSize isotropic(double s) {
		return new VoxelSize(s, s, s);
	}

	/** Voxel size from an array in x, y, z order (nm). */
	public static VoxelSize ofXyz(double[] xyz) {
		if (xyz.length != 3)
			throw new IllegalArgumentException("voxel size needs 3 values (x, y, z), got " + xyz.length);
		return new VoxelSize(xyz[0], xyz[1], xyz[2]);
	}

	/** Voxel size as an array {x, y, z} in nm. */
	public double[] toArray() {
		return new double[] { x, y, z };
	}

	/** Size along axis d (0 = x, 1 = y, 2 = z) in nm. */
	public double get(int d) {
		return switch (d) {
			case 0 -> x;
			case 1 -> y;
			case 2 -> z;
			default -> throw new IndexOutOfBoundsException("axis " + d);
		};
	}

	/** Ratio of section thickness to in-plane size, z / x: ~10 for serial-section TEM, ~1 for FIB-SEM. */
	public double anisotropy() {
		return z / x;
	}

	@Override
	public String toString() {
		return x + " x " + y + " x " + z + " nm";
	}
}
