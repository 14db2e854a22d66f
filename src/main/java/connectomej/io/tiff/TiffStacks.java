package connectomej.io.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.SectionSink;
import connectomej.io.SectionSource;
import connectomej.io.SliceFolders;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.type.numeric.RealType;

/**
 * Multi-page grayscale TIFF stacks, read and written by the suite's own codec (no ImageJ needed).
 * <p>
 * Reads both byte orders; 8-, 16-, 32-bit unsigned and 32-bit float samples; strips and tiles; compression none,
 * LZW, deflate (8 and 32946) and PackBits; horizontal predictor. Page i becomes z = i. The voxel size comes from
 * the X/YResolution tags and ImageJ's description ({@code unit=}, {@code spacing=}), in nm (TIFF 6.0 specification;
 * ImageJ's TIFF conventions).
 */
public final class TiffStacks {

	private TiffStacks() {}

	/**
	 * Reads a TIFF stack.
	 *
	 * @param file a TIFF file
	 * @return an ArrayImg with axes x, y, z of {@code UnsignedByteType}, {@code UnsignedShortType},
	 *         {@code UnsignedIntType} or {@code FloatType}, and its voxel size in nm (1 nm per axis when the file
	 *         has no length unit)
	 * @throws BadInputException when the file is missing, truncated, malformed or of an unsupported kind
	 */
	public static Volume<? extends RealType<?>> read(Path file) throws IOException {
		return TiffStackReader.read(file);
	}

	/**
	 * Writes a volume as a multi-page TIFF that ImageJ opens as a z stack calibrated in nm, atomically.
	 * {@code UnsignedByteType} is stored as 8-bit, {@code UnsignedShortType} as 16-bit, {@code FloatType} and other
	 * non-integer types as 32-bit float; other integer types (labels) as 16-bit when all values are in [0, 65535],
	 * else as 32-bit float when exact (|v| < 2^24).
	 *
	 * @param volume axes x, y, z; any interval min
	 * @param file the file to create or replace
	 * @param options compression
	 * @throws BadInputException when label values are too large for a TIFF ImageJ reads
	 */
	public static void write(Volume<? extends RealType<?>> volume, Path file, TiffOptions options) throws IOException {
		TiffStackWriter writer = new TiffStackWriter(volume, options, file);
		AtomicFiles.write(file, writer::writeTo);
	}

	/**
	 * Opens a TIFF stack for reading a slab of sections at a time; pages are decoded only when asked for.
	 *
	 * @param file a TIFF file whose pages all have one size and pixel type
	 * @throws BadInputException when the file is missing, malformed, or its pages differ
	 */
	public static SectionSource openSections(Path file) throws IOException {
		return TiffSectionReader.open(file);
	}

	/**
	 * Opens a folder of TIFF files, one or more sections each, for reading a slab of sections at a time
	 * ({@link TiffFolderReader}: files in name order, numbers compared as numbers).
	 *
	 * @param folder a folder that holds .tif or .tiff files
	 * @throws BadInputException when the folder holds no TIFF, a file is malformed, or pages differ in size or type
	 */
	public static SectionSource openFolder(Path folder) throws IOException {
		return TiffFolderReader.open(folder);
	}

	/**
	 * Reads a folder of TIFF files into one volume, as {@link #openFolder} orders them.
	 *
	 * @return as {@link #read}, with the first file's voxel size
	 * @throws BadInputException as {@link #openFolder}, and when the volume is too large for one array
	 */
	public static Volume<? extends RealType<?>> readFolder(Path folder) throws IOException {
		try (SectionSource sections = openFolder(folder)) {
			long[] d = sections.dimensions();
			TiffStackReader.requireOneArray(folder, d[0], d[1], d[2]);
			return new Volume<>(sections.read(0, d[2] - 1), sections.voxelSize());
		}
	}

	/**
	 * Creates a 32-bit float TIFF stack written a slab of sections at a time (uncompressed, ImageJ-compatible), in a
	 * temporary file renamed onto {@code file} on {@link SectionSink#commit()}.
	 *
	 * @param file the file to create or replace
	 * @param dimensions size of the whole volume, axes x, y, z
	 * @param voxelSize calibration, nm
	 */
	public static SectionSink createFloatSections(Path file, long[] dimensions, VoxelSize voxelSize) throws IOException {
		return new TiffSectionWriter(file, dimensions, voxelSize);
	}

	/**
	 * Creates an 8-bit TIFF stack written a slab of sections at a time (uncompressed, ImageJ-compatible), in a
	 * temporary file renamed onto {@code file} on {@link SectionSink#commit()}. Appended values must be integers in
	 * 0..255 (an {@code UnsignedByteType} volume seen as float); pages are contiguous, so 8-bit volumes up to 2 GB
	 * fit the 32-bit offsets of classic TIFF.
	 *
	 * @param file the file to create or replace
	 * @param dimensions size of the whole volume, axes x, y, z
	 * @param voxelSize calibration, nm
	 */
	public static SectionSink createByteSections(Path file, long[] dimensions, VoxelSize voxelSize) throws IOException {
		return new TiffSectionWriter(file, dimensions, voxelSize, StoredType.U8);
	}

	/**
	 * A human-readable description of a folder of TIFF sections, without decoding pixels: the number of files, the
	 * volume's size, and the first file's description from its samples on. Lines end with '\n'.
	 *
	 * @throws BadInputException as {@link #openFolder}
	 */
	public static String describeFolder(Path folder) throws IOException {
		try (SectionSource sections = openFolder(folder)) {
			List<Path> files = SliceFolders.files(folder, ".tif", ".tiff");
			long[] d = sections.dimensions();
			String first = describe(files.get(0));
			return "TIFF sections: " + files.size() + " file" + (files.size() == 1 ? "" : "s") + ", first " + files.get(0).getFileName() + "\n"
					+ "  size (x, y, z): " + d[0] + " x " + d[1] + " x " + d[2] + "\n"
					+ first.substring(first.indexOf("  samples:"));
		}
	}

	/**
	 * A human-readable description of a TIFF file, without decoding pixels: pages, size, bit depth, compression,
	 * voxel size. Lines end with '\n'.
	 *
	 * @throws BadInputException when the file is missing or not a readable TIFF
	 */
	public static String describe(Path file) throws IOException {
		try (TiffInput in = TiffInput.open(file)) {
			TiffDirectory dir = TiffDirectory.read(in);
			TiffPage first = dir.pages().get(0);
			Set<String> compressions = new LinkedHashSet<>();
			for (TiffPage p : dir.pages())
				compressions.add(Decompressors.name(p.compression()));
			return (in.big() ? "BigTIFF " : "TIFF ") + (in.order() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big") + "-endian, "
					+ dir.pages().size() + " pages\n"
					+ "  size (x, y, z): " + first.width() + " x " + first.height() + " x " + dir.pages().size() + "\n"
					+ "  samples: " + first.pixelType() + "\n"
					+ "  layout: " + (first.tiled() ? "tiles of " + first.segmentWidth() + " x " + first.segmentHeight()
							: "strips of " + first.segmentHeight() + " rows") + "\n"
					+ "  compression: " + String.join(", ", compressions) + (first.predictor() == 2 ? ", horizontal predictor" : "") + "\n"
					+ "  voxel size: " + TiffCalibration.voxelSize(dir).describe() + "\n"
					+ (ImageJDescription.parse(dir.description()).imageJ() ? "  written by ImageJ\n" : "");
		}
	}
}
