package connectomej.io;

import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** A {@link SectionSink} that collects the sections in memory, for callers that show or keep the whole volume. */
public final class ArraySectionSink implements SectionSink {

	private final ArrayImg<FloatType, ?> all;
	private final VoxelSize voxelSize;
	private long nextZ;
	private boolean committed;

	/**
	 * @param dimensions size of the whole volume, axes x, y, z
	 * @param voxelSize nm, kept with the result
	 */
	public ArraySectionSink(long[] dimensions, VoxelSize voxelSize) {
		this.all = ArrayImgs.floats(dimensions);
		this.voxelSize = voxelSize;
	}

	@Override
	public void append(RandomAccessibleInterval<FloatType> sections) {
		long depth = sections.dimension(2);
		var target = Views.interval(all, new long[] { 0, 0, nextZ },
				new long[] { all.dimension(0) - 1, all.dimension(1) - 1, nextZ + depth - 1 });
		LoopBuilder.setImages(Views.zeroMin(sections), target).forEachPixel((s, t) -> t.set(s));
		nextZ += depth;
	}

	@Override
	public void commit() {
		if (nextZ != all.dimension(2))
			throw new IllegalStateException(nextZ + " of " + all.dimension(2) + " sections were written");
		committed = true;
	}

	@Override
	public void close() {}

	/**
	 * The collected volume, axes x, y, z, min 0.
	 *
	 * @throws IllegalStateException before {@link #commit()}
	 */
	public Volume<FloatType> volume() {
		if (!committed)
			throw new IllegalStateException("not committed");
		return new Volume<>(all, voxelSize);
	}
}
