package connectomej.io.png;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.SliceFolders;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.type.numeric.RealType;

/**
 * A folder of PNG files, one per z section, read and written by the suite's own small PNG codec (PNG specification,
 * ISO/IEC 15948). PNG carries no section thickness, so volumes read from PNG have a voxel size of 1 nm per axis.
 */
public final class PngSlices {

	private PngSlices() {}

	/**
	 * Reads a folder of PNG slices, sorted by name with numbers compared as numbers ({@code 9.png} before
	 * {@code 10.png}), or a single PNG file as a volume of depth 1. Gray stays gray; RGB(A) becomes luminance
	 * (BT.601 weights); palette images give their index; alpha is dropped; 1-, 2-, 4-bit gray is scaled to 8-bit.
	 *
	 * @param location a folder of {@code .png} files or one {@code .png} file
	 * @return {@code UnsignedByteType} (8-bit slices) or {@code UnsignedShortType} (16-bit) ArrayImg, axes x, y, z,
	 *         voxel size 1 nm
	 * @throws BadInputException when there is no PNG, a file is corrupt, or slices differ in size or bit depth
	 */
	public static Volume<? extends RealType<?>> read(Path location) throws IOException {
		List<Path> files = sliceFiles(location);
		SliceStack stack = null;
		for (int z = 0; z < files.size(); z++) {
			PngGray slice = PngDecoder.read(files.get(z));
			if (stack == null)
				stack = new SliceStack(slice, files.size());
			stack.put(z, slice, files.get(z));
		}
		return new Volume<>(stack.image(), VoxelSize.UNIT);
	}

	/**
	 * Writes a volume as a folder of 8- or 16-bit gray PNGs {@code z0000.png, z0001.png, ...}, with adaptive filters.
	 *
	 * @see #write(Volume, Path, PngFiltering)
	 */
	public static void write(Volume<? extends RealType<?>> volume, Path folder) throws IOException {
		write(volume, folder, PngFiltering.ADAPTIVE);
	}

	/**
	 * Writes a volume as a folder of gray PNGs, one per z, into a temporary folder renamed into place (an existing
	 * folder is replaced when it holds nothing but such slices, {@link AtomicFiles#writeFolder}).
	 * {@code UnsignedByteType} gives 8-bit files, other integer types 16-bit when every value is in [0, 65535].
	 *
	 * @param volume axes x, y, z
	 * @param folder the folder to create or replace
	 * @throws BadInputException when the values are not integers in [0, 65535]
	 */
	public static void write(Volume<? extends RealType<?>> volume, Path folder, PngFiltering filtering) throws IOException {
		SliceWriter slices = new SliceWriter(volume, folder);
		AtomicFiles.writeFolder(folder, SliceNames::isSliceName, temporary -> {
			for (long z = 0; z < volume.depth(); z++)
				try (OutputStream out = Files.newOutputStream(temporary.resolve(SliceNames.of(z, volume.depth())))) {
					PngEncoder.write(slices.slice(z), filtering == PngFiltering.ADAPTIVE, out);
				}
		});
	}

	/**
	 * A short description of a PNG or TIFF folder or file: number of slices, size, bit depth and colour type of the first.
	 */
	public static String describe(Path location) throws IOException {
		List<Path> files = sliceFiles(location);
		PngHeader h = PngDecoder.header(files.get(0));
		return "PNG slices: " + files.size() + " file" + (files.size() == 1 ? "" : "s") + "\n"
				+ "  size (x, y, z): " + h.width() + " x " + h.height() + " x " + files.size() + "\n"
				+ "  samples: " + h.describe() + " (first file, " + files.get(0).getFileName() + ")\n";
	}

	/**
	 * The PNG files of a folder in slice order, or the file itself.
	 *
	 * @throws BadInputException for a file that is no PNG by its name (a CSV given as a volume, say), naming the
	 *             locations a volume can have, or a folder without slices
	 */
	static List<Path> sliceFiles(Path location) throws IOException {
		if (Files.isRegularFile(location) && !location.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
			throw new BadInputException(location, "is not a volume: give a .tif stack, a .png, a folder of PNG or TIFF slices, "
					+ "file.h5:/dataset or volume.n5:/dataset");
		if (Files.isRegularFile(location))
			return List.of(location);
		if (!Files.isDirectory(location))
			throw new BadInputException(location, "no such file or folder");
		List<Path> files = SliceFolders.files(location, ".png");
		if (files.isEmpty())
			throw new BadInputException(location, "folder holds no .png or .tif files");
		return files;
	}
}
