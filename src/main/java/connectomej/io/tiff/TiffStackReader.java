package connectomej.io.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/** Reads all pages of a TIFF into one volume. */
final class TiffStackReader {

	private static final long MAX_VOXELS = Integer.MAX_VALUE - 16;

	private TiffStackReader() {}

	static Volume<? extends RealType<?>> read(Path file) throws IOException {
		try (TiffInput in = TiffInput.open(file)) {
			TiffDirectory dir = TiffDirectory.read(in);
			List<TiffPage> pages = dir.pages();
			TiffPage first = pages.get(0);
			requireOneArray(file, first.width(), first.height(), pages.size());
			StackAssembler stack = new StackAssembler(first, pages.size());
			for (TiffPage p : pages) {
				if (!stack.matches(p))
					throw in.bad("page " + p.index() + " is " + p.width() + " x " + p.height() + " " + p.pixelType()
							+ " but page 0 is " + first.width() + " x " + first.height() + " " + first.pixelType());
				stack.put(p.index(), PageDecoder.decode(in, p), in.order());
			}
			return new Volume<>(stack.image(), TiffCalibration.voxelSize(dir));
		}
	}

	/**
	 * @throws BadInputException naming {@code file} when a volume of this size (x, y, z, voxels) does not fit one array
	 */
	static void requireOneArray(Path file, long width, long height, long depth) {
		if (width * height * depth > MAX_VOXELS)
			throw new BadInputException(file, "too large to read into one array: " + width + " x " + height + " x " + depth
					+ " voxels (at most 2^31 - 16); convert it to HDF5 or N5");
	}
}
