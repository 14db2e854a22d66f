package connectomej.io.tiff;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import connectomej.io.AtomicFiles;
import connectomej.io.SectionSink;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

/** Streams 32-bit float or 8-bit sections into a temporary TIFF next to the target, renamed onto it on commit. */
final class TiffSectionWriter implements SectionSink {

	private final Path target, temporary;
	private final long[] dimensions;
	private final VoxelSize voxelSize;
	private final FileChannel channel;
	private final TiffPageWriter pages;
	private double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
	private boolean committed;

	private final StoredType stored;

	TiffSectionWriter(Path target, long[] dimensions, VoxelSize voxelSize) throws IOException {
		this(target, dimensions, voxelSize, StoredType.F32);
	}

	TiffSectionWriter(Path target, long[] dimensions, VoxelSize voxelSize, StoredType stored) throws IOException {
		if (dimensions[0] * dimensions[1] * stored.bytes() > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException("sections of " + dimensions[0] + " x " + dimensions[1] + " are too large for one TIFF page");
		this.target = target;
		this.dimensions = dimensions.clone();
		this.voxelSize = voxelSize;
		this.stored = stored;
		this.temporary = AtomicFiles.temporaryOutput(target);
		this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		this.pages = new TiffPageWriter(channel, dimensions[0], dimensions[1], dimensions[2], stored, TiffOptions.DEFAULT);
	}

	@Override
	public void append(RandomAccessibleInterval<FloatType> sections) throws IOException {
		if (sections.dimension(0) != dimensions[0] || sections.dimension(1) != dimensions[1])
			throw new IllegalArgumentException("sections must be " + dimensions[0] + " x " + dimensions[1]);
		PlaneEncoder encoder = new PlaneEncoder(sections, stored);
		for (long z = 0; z < sections.dimension(2); z++)
			pages.append(encoder.encode(z));
		min = Math.min(min, encoder.min());
		max = Math.max(max, encoder.max());
	}

	@Override
	public void commit() throws IOException {
		if (pages.pages() != dimensions[2])
			throw new IllegalStateException(pages.pages() + " of " + dimensions[2] + " sections were written");
		pages.finish(voxelSize, min, max);
		channel.close();
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		AtomicFiles.released(temporary);
		committed = true;
	}

	@Override
	public void close() throws IOException {
		channel.close();
		if (!committed)
			Files.deleteIfExists(temporary);
		AtomicFiles.released(temporary);
	}
}
