package connectomej.io.hdf5;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

/** Reads one 2D or 3D numeric dataset into an ArrayImg, slab by slab along z. */
final class Hdf5Reader {

	private static final long SLAB_ELEMENTS = 1 << 24;

	private final Path file;
	private final Dataset dataset;
	private final long[] zyx;
	/** An enumeration dataset's member names to their values (h5py's booleans), or null. */
	private final Map<String, Long> members;

	private Hdf5Reader(Path file, Dataset dataset) {
		this.file = file;
		this.dataset = dataset;
		long[] dims = dataset.getDimensionsAsLong();
		if (dims.length != 2 && dims.length != 3)
			throw bad("dataset " + dataset.getPath() + " has " + dims.length + " dimensions; a volume has 3 (z, y, x)");
		this.zyx = dims.length == 3 ? dims : new long[] { 1, dims[0], dims[1] };
		this.members = Hdf5Types.enumMembers(dataset);
		if (!Hdf5Types.isNumeric(dataset))
			throw bad("dataset " + dataset.getPath() + " holds " + Hdf5Types.name(dataset) + ", not numbers");
		if (zyx[0] * zyx[1] * zyx[2] > Integer.MAX_VALUE - 16)
			throw bad("dataset " + dataset.getPath() + " is too large for one array (" + zyx[2] + " x " + zyx[1] + " x " + zyx[0] + ")");
	}

	/** See {@link Hdf5Volumes#read(Path, String)}. */
	static Volume<? extends RealType<?>> read(Path file, String path) {
		Hdf5Files.requireExists(file);
		try (HdfFile h = Hdf5Files.open(file)) {
			Node node = Hdf5Files.node(h, file, path);
			if (!(node instanceof Dataset d))
				throw Hdf5Files.noSuchDataset(h, file, path);
			return new Volume<>(new Hdf5Reader(file, d).image(), Hdf5VoxelSize.of(d));
		} catch (BadInputException e) {
			throw e;
		} catch (RuntimeException e) {
			throw Hdf5Files.unreadable(file, e);
		}
	}

	private ArrayImg<? extends RealType<?>, ?> image() {
		int n = (int) (zyx[0] * zyx[1] * zyx[2]);
		String type = Hdf5Types.name(dataset);
		Object target = switch (type) {
			case "u8" -> new byte[n];
			case "u16" -> new short[n];
			case "f32", "f64" -> new float[n];
			default -> new long[n];
		};
		fill(target);
		long x = zyx[2], y = zyx[1], z = zyx[0];
		if (target instanceof byte[] a)
			return ArrayImgs.unsignedBytes(a, x, y, z);
		if (target instanceof short[] a)
			return ArrayImgs.unsignedShorts(a, x, y, z);
		if (target instanceof float[] a)
			return ArrayImgs.floats(a, x, y, z);
		return ArrayImgs.unsignedLongs((long[]) target, x, y, z);
	}

	private void fill(Object target) {
		int h = (int) zyx[1], w = (int) zyx[2];
		if (dataset.getDimensions().length == 2) {
			copyPlane((Object[]) dataset.getData(), target, 0, w);
			return;
		}
		int slab = slabDepth();
		for (long z0 = 0; z0 < zyx[0]; z0 += slab) {
			int dz = (int) Math.min(slab, zyx[0] - z0);
			Object[] planes = (Object[]) dataset.getData(new long[] { z0, 0, 0 }, new int[] { dz, h, w });
			for (int z = 0; z < dz; z++)
				copyPlane((Object[]) planes[z], target, (int) ((z0 + z) * h * w), w);
		}
	}

	private void copyPlane(Object[] rows, Object target, int at, int w) {
		for (int y = 0; y < rows.length; y++)
			if (!Hdf5Rows.copy(members == null ? rows[y] : Hdf5Types.enumValues((String[]) rows[y], members), target, at + y * w))
				throw bad("dataset " + dataset.getPath() + " holds negative values; labels must be >= 0");
	}

	private int slabDepth() {
		if (dataset instanceof ChunkedDataset c)
			return Math.max(1, c.getChunkDimensions()[0]);
		return (int) Math.max(1, SLAB_ELEMENTS / (zyx[1] * zyx[2]));
	}

	private BadInputException bad(String problem) {
		return new BadInputException(file, problem);
	}
}
