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

	/**
	 * Voxel size as a user writes it: three sizes {@code "4,4,40"} (x, y, z) or one {@code "8"} for isotropic voxels, nm.
	 *
	 * @throws IllegalArgumentException saying what is wrong (the caller names the option and the text) when it is not one
	 *             or three positive numbers
	 */
	public static VoxelSize parse(String text) {
		String[] parts = text.trim().split("\\s*,\\s*");
		if (parts.length != 1 && parts.length != 3)
			throw new IllegalArgumentException("needs X,Y,Z or one size, nm (e.g. 4,4,40)");
		double[] xyz = new double[3];
		for (int d = 0; d < 3; d++) {
			String part = parts[parts.length == 1 ? 0 : d];
			try {
				xyz[d] = Double.parseDouble(part);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + part + "' is not a number (nm)");
			}
			if (!(xyz[d] > 0) || !Double.isFinite(xyz[d]))
				throw new IllegalArgumentException("sizes must be positive, nm");
		}
		return ofXyz(xyz);
	}

	/**
	 * A voxel size as files store it: three numbers, a {@link java.util.List} or an array, x, y, z or z, y, x, in some
	 * unit.
	 *
	 * @param value the stored value, or null
	 * @param zyx true when the numbers are in the order z, y, x (HDF5, Zarr), false for x, y, z (N5)
	 * @param nmPerUnit nanometres per stored unit (1 for nm, 1000 for µm)
	 * @return the size, or {@link #UNIT} (unrecorded) when the value is absent or not three positive finite numbers
	 */
	public static VoxelSize stored(Object value, boolean zyx, double nmPerUnit) {
		java.util.List<?> numbers = value instanceof java.util.List<?> l ? l
				: value != null && value.getClass().isArray() ? arrayList(value) : java.util.List.of();
		if (numbers.size() != 3)
			return UNIT;
		double[] nm = new double[3];
		for (int i = 0; i < 3; i++) {
			if (!(numbers.get(i) instanceof Number n) || !(n.doubleValue() > 0) || !Double.isFinite(n.doubleValue() * nmPerUnit))
				return UNIT;
			nm[zyx ? 2 - i : i] = n.doubleValue() * nmPerUnit;
		}
		return ofXyz(nm);
	}

	private static java.util.List<Object> arrayList(Object array) {
		java.util.List<Object> list = new java.util.ArrayList<>();
		for (int i = 0; i < java.lang.reflect.Array.getLength(array); i++)
			list.add(java.lang.reflect.Array.get(array, i));
		return list;
	}

	/** True for {@link #UNIT}: what readers give for data that records no voxel size (no EM is imaged at 1 nm). */
	public boolean isUnrecorded() {
		return equals(UNIT);
	}

	/**
	 * What to tell a user whose input records no voxel size ({@link #isUnrecorded()}), naming it.
	 *
	 * @param input the input file, or any text that names it
	 */
	public static String unrecordedNote(Object input) {
		return input + " records no voxel size, so distances and positions in nm take 1 voxel as 1 nm: give the voxel size "
				+ "(--voxel-size X,Y,Z in nm, e.g. 4,4,40; voxel_size in Fiji's Segment, Run Pipeline, Detect Synapses and Detect Merge Errors)";
	}

	/** For descriptions of files: the size, or that none is recorded and what is assumed then. */
	public String describe() {
		return isUnrecorded() ? "none recorded (1 nm assumed)" : toString();
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
