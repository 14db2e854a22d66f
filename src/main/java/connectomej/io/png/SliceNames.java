package connectomej.io.png;

/** Names of the slice files this package writes ({@link connectomej.io.SliceFolders} sorts them). */
final class SliceNames {

	private SliceNames() {}

	/** The file name of slice {@code z} of {@code depth}: {@code z0000.png}, zero-padded to at least 4 digits. */
	static String of(long z, long depth) {
		int digits = Math.max(4, Long.toString(Math.max(0, depth - 1)).length());
		return "z" + String.format("%0" + digits + "d", z) + ".png";
	}

	/** Whether {@code name} is a slice name {@link #of} gives, for some depth. */
	static boolean isSliceName(String name) {
		return name.matches("z\\d{4,}\\.png");
	}
}
