package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.SectionSink;
import connectomej.io.SectionStreams;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

/**
 * Writes edited labels as a 32-bit float TIFF stack (the suite's label format that ImageJ opens; ids are exact up to
 * 2^24), one section at a time, into a temporary file renamed onto the target when complete.
 */
final class CorrectedLabels {

	/** Largest id a 32-bit float holds exactly. */
	static final long MAX_ID = 1L << 24;

	/** Reads one section of edited labels, x fastest. */
	@FunctionalInterface
	interface Sections {

		long[] read(int z) throws IOException;
	}

	private CorrectedLabels() {}

	/**
	 * Writes every section.
	 *
	 * @param target a {@code .tif} file
	 * @param dimensions x, y, z voxels
	 * @throws BadInputException when an id exceeds {@link #MAX_ID}
	 */
	static void write(Path target, long[] dimensions, VoxelSize voxelSize, Sections sections) throws IOException {
		try (SectionSink sink = SectionStreams.create(target.toString(), dimensions, voxelSize)) {
			for (int z = 0; z < dimensions[2]; z++) {
				float[] section = floats(sections.read(z), target);
				sink.append(Views.translate(ArrayImgs.floats(section, dimensions[0], dimensions[1], 1), 0, 0, z));
			}
			sink.commit();
		}
	}

	private static float[] floats(long[] labels, Path target) {
		float[] out = new float[labels.length];
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] > MAX_ID)
				throw new BadInputException(target, "segment id " + labels[i] + " does not fit a 32-bit float TIFF (ids up to " + MAX_ID + ")");
			out[i] = labels[i];
		}
		return out;
	}
}
