package connectomej.io.tiff;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import connectomej.volume.Volume;
import net.imglib2.type.numeric.RealType;

/**
 * Writes a volume as a little-endian multi-page TIFF that ImageJ opens as a calibrated z stack (layout: see
 * {@link TiffPageWriter}). No dates or host names: equal input, equal bytes.
 */
final class TiffStackWriter {

	private final Volume<? extends RealType<?>> volume;
	private final TiffOptions options;
	private final StoredType stored;

	TiffStackWriter(Volume<? extends RealType<?>> volume, TiffOptions options, Path target) {
		this.volume = volume;
		this.options = options;
		this.stored = StoredType.choose(volume.data(), target);
	}

	/** Writes the whole file to {@code file}, which must not exist. */
	void writeTo(Path file) throws IOException {
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			PlaneEncoder planes = new PlaneEncoder(volume.data(), stored);
			TiffPageWriter pages = new TiffPageWriter(out, volume.width(), volume.height(), volume.depth(), stored, options);
			for (long z = 0; z < volume.depth(); z++)
				pages.append(planes.encode(z));
			pages.finish(volume.voxelSize(), planes.min(), planes.max());
		}
	}
}
