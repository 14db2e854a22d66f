package connectomej.pipeline;

import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/**
 * Copies an EM volume, block by block, into the container's {@link PipelineDatasets#RAW} dataset. The source is
 * held in a transient field: on a cluster the import runs where the source can be read.
 */
public final class RawImportTask implements BlockTask<UnsignedByteType> {

	private static final long serialVersionUID = 1L;
	private final transient RandomAccessibleInterval<UnsignedByteType> source;

	/** @param source the EM volume, axes x, y, z, min at the origin */
	public RawImportTask(RandomAccessibleInterval<UnsignedByteType> source) {
		this.source = source;
	}

	@Override
	public String name() {
		return "raw";
	}

	@Override
	public String outputDataset() {
		return PipelineDatasets.RAW;
	}

	@Override
	public long[] halo() {
		return new long[3];
	}

	@Override
	public RandomAccessibleInterval<UnsignedByteType> compute(N5Store store, Block block) {
		return Views.interval(source, block.core());
	}
}
