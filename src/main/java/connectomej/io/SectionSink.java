package connectomej.io;

import java.io.IOException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A float volume written a slab of z sections at a time, in z order, into a temporary file that becomes the target
 * only on {@link #commit()}: closing without committing leaves nothing behind. Create one with
 * {@link SectionStreams#create}.
 */
public interface SectionSink extends AutoCloseable {

	/**
	 * Appends the next sections.
	 *
	 * @param sections axes x, y, z, the full x, y size of the volume; any min
	 */
	void append(RandomAccessibleInterval<FloatType> sections) throws IOException;

	/**
	 * Completes the file and moves it onto the target.
	 *
	 * @throws IllegalStateException when fewer or more sections than announced were appended
	 */
	void commit() throws IOException;

	/** Removes the temporary file unless committed. */
	@Override
	void close() throws IOException;
}
