package connectomej.pipeline;

import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Copies a probability map computed elsewhere (checked: [0, 1], the raw volume's shape) block by block into a
 * float32 dataset. The source is held in a transient field, like {@link RawImportTask}.
 */
public final class MapImportTask implements BlockTask<FloatType> {

	private static final long serialVersionUID = 1L;
	private final String dataset;
	private final transient RandomAccessibleInterval<FloatType> source;

	/**
	 * @param dataset the output dataset
	 * @param source probabilities, axes x, y, z, min at the origin
	 */
	public MapImportTask(String dataset, RandomAccessibleInterval<FloatType> source) {
		this.dataset = dataset;
		this.source = source;
	}

	@Override
	public String name() {
		return dataset;
	}

	@Override
	public String outputDataset() {
		return dataset;
	}

	@Override
	public long[] halo() {
		return new long[3];
	}

	@Override
	public RandomAccessibleInterval<FloatType> compute(N5Store store, Block block) {
		return Views.interval(source, block.core());
	}
}
