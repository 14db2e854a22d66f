package connectomej.io.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5BlockCache;
import connectomej.io.n5.N5Images;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

/**
 * Zarr v2 arrays and OME-Zarr 0.4 images read as volumes (read only; the Zarr v2 storage specification, and OME-NGFF
 * 0.4 for the multiscales metadata), so that every command that takes a volume location also takes
 * {@code data.zarr:/path/to/array}. Arrays are stored in numpy order (z, y, x, the last axis fastest in "C" order);
 * volumes have axes x, y, z. Chunks are read on first access and cached as N5 blocks are ({@link N5Images#open}).
 * <p>
 * The voxel size of a plain array is its {@code .zattrs} {@value #RESOLUTION} (nm, z, y, x, as in CREMI files); of an
 * OME-Zarr image, level 0's {@code scale} (times the image's global scale) in its axes' units. Without either it is
 * {@link VoxelSize#UNIT} (unrecorded). Zarr v3 ({@code zarr.json}) is refused.
 */
public final class ZarrVolumes {

	/** The attribute holding a plain array's voxel size in nm, z, y, x. */
	public static final String RESOLUTION = "resolution";

	private ZarrVolumes() {}

	/**
	 * Opens an array or OME-Zarr image as a volume; its chunks are read on first access.
	 *
	 * @param root the store's folder ({@code data.zarr})
	 * @param path an array, or a group holding OME-Zarr {@code multiscales} (its level 0 is read), with a leading slash;
	 *            null or "/" for the store's root
	 * @return axes x, y, z (a 2D array is one section), of the type of the array's dtype (bool as uint8 0 and 1), with
	 *         its voxel size in nm
	 * @throws BadInputException naming the store or file for Zarr v3, a missing path (the message lists the arrays), a
	 *             group that is no image, more than three axes longer than 1, and every dtype, compressor, filter or
	 *             layout that is not read; naming the chunk file, when a chunk is read, for a corrupt chunk
	 */
	public static Volume<? extends RealType<?>> read(Path root, String path) throws IOException {
		Path node = ZarrStore.node(root, path);
		ZarrStore.requireV2(root, node);
		if (!Files.isDirectory(node))
			throw new BadInputException(root, "holds no array " + path + "; its arrays: " + listed(ZarrStore.arrays(root)));
		if (ZarrStore.isArray(node))
			return open(node, ZarrArrayMetadata.read(node), null, resolution(node));
		OmeZarr image = OmeZarr.of(node);
		if (image == null)
			throw new BadInputException(root, (path == null ? "the root" : path) + " is a group, not an array or an OME-Zarr image; "
					+ "its arrays: " + listed(ZarrStore.arrays(root)));
		Path level0 = node.resolve(image.paths().get(0));
		if (!ZarrStore.isArray(level0))
			throw new BadInputException(level0, "OME-Zarr level 0 (" + image.paths().get(0) + ") is not an array (no .zarray)");
		return open(level0, ZarrArrayMetadata.read(level0), image.axes(), image.voxelSize(0));
	}

	/**
	 * True when the store's root is itself an array or an OME-Zarr image, which a location without a path reads.
	 *
	 * @throws BadInputException for Zarr v3 and for a folder that is not a Zarr store
	 */
	public static boolean isImage(Path root) throws IOException {
		ZarrStore.requireV2(root, root);
		return ZarrStore.isArray(root) || OmeZarr.of(root) != null;
	}

	/**
	 * The paths of every array in a store, sorted, each with a leading slash ({@code "/"} when the root is an array).
	 *
	 * @throws BadInputException for Zarr v3 and for a folder that is not a Zarr store
	 */
	public static List<String> arrays(Path root) throws IOException {
		ZarrStore.requireV2(root, root);
		return ZarrStore.arrays(root);
	}

	/**
	 * A human-readable description of a store: one line per array with its shape (numpy order, e.g. z, y, x), dtype,
	 * chunk shape, compressor and voxel size (nm, x, y, z); for an OME-Zarr image at the root, its levels. Arrays that
	 * are not read say why.
	 */
	public static String describe(Path root) throws IOException {
		ZarrStore.requireV2(root, root);
		OmeZarr image = OmeZarr.of(root);
		if (image == null)
			return ZarrDescription.ofStore(root, ZarrStore.arrays(root));
		return ZarrDescription.ofImage(root, image);
	}

	/** The voxel size of a plain array: {@value #RESOLUTION} (z, y, x, nm) when it holds three positive numbers. */
	static VoxelSize resolution(Path array) throws IOException {
		return VoxelSize.stored(ZarrStore.attributes(array).get(RESOLUTION), true, 1);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Volume<? extends RealType<?>> open(Path array, ZarrArrayMetadata metadata, List<String> axes, VoxelSize voxelSize) {
		boolean named = axes != null && axes.size() == metadata.numDimensions();
		CellGrid grid = new CellGrid(metadata.volumeDimensions(array, named ? axes : metadata.defaultAxes()), metadata.volumeChunks());
		RandomAccessibleInterval<? extends RealType<?>> data = N5BlockCache.image(grid, (NativeType) metadata.dtype().type().createType(),
				metadata.dtype().type().bytesPerValue(), new ZarrChunkReader(array, metadata));
		return new Volume<>(data, voxelSize);
	}

	static String listed(List<String> paths) {
		return paths.isEmpty() ? "none" : String.join(", ", paths);
	}
}
