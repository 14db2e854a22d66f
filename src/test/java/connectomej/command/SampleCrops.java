package connectomej.command;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import net.imglib2.img.ImgFactory;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.view.Views;

/** Small corners of the bundled sample ({@code sample-data/synthetic-tem}), written as TIFF stacks for a test. */
public final class SampleCrops {

	static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");

	private SampleCrops() {}

	/**
	 * Writes the corner x, y in [0, size), z in [0, depth) of a sample file to {@code dir/name}.
	 *
	 * @param file e.g. "raw.tif", "membranes.tif"
	 * @return the location written
	 */
	static String write(String file, int size, int depth, Path dir) throws IOException {
		return write(file, 0, 0, size, depth, dir);
	}

	/** Writes the part x in [x0, x0 + size), y in [y0, y0 + size), z in [0, depth) of a sample file to {@code dir/file}. */
	public static String write(String file, int x0, int y0, int size, int depth, Path dir) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(SAMPLE.resolve(file).toString());
		return write(v, x0, y0, size, depth, dir.resolve(file));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static String write(Volume v, int x0, int y0, int size, int depth, Path to) throws IOException {
		var crop = Views.zeroMin(Views.interval(v.data(), new long[] { x0, y0, 0 }, new long[] { x0 + size - 1, y0 + size - 1, depth - 1 }));
		ImgFactory factory = new ArrayImgFactory((NativeType) v.data().getType());
		var copy = factory.create(size, size, depth);
		var from = Views.flatIterable(crop).cursor();
		var into = Views.flatIterable((RandomAccessibleInterval<RealType>) copy).cursor();
		while (from.hasNext())
			into.next().setReal(((RealType<?>) from.next()).getRealDouble());
		VolumeFiles.write(new Volume<>(copy, v.voxelSize()), to.toString());
		return to.toString();
	}
}
