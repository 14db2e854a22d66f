package connectomej.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5Store;
import connectomej.segment.ConnectedComponents;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * A baseline, not a watershed: voxels with membrane probability below a threshold are foreground, and their
 * face-connected components ({@link ConnectedComponents}) are the supervoxels; components that touch across a block
 * face are joined, so the result equals the components of the whole volume.
 */
public final class ThresholdBaselineSupervoxels implements SupervoxelStage {

	private static final long serialVersionUID = 1L;
	private final double threshold;

	/** @param threshold probability below which a voxel is inside a cell, in (0, 1] */
	public ThresholdBaselineSupervoxels(double threshold) {
		if (!(threshold > 0 && threshold <= 1))
			throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
		this.threshold = threshold;
	}

	@Override
	public String description() {
		return "threshold baseline (membrane probability < " + threshold + ", connected components; no watershed)";
	}

	@Override
	public long[] halo() {
		return new long[3];
	}

	@Override
	public long labelBlock(N5Store store, RandomAccessibleInterval<FloatType> membranes, Block block, RandomAccessibleInterval<UnsignedLongType> core) {
		RandomAccessibleInterval<BitType> mask = Converters.convert(Views.interval(membranes, block.core()),
				(p, b) -> b.set(p.get() < threshold), new BitType());
		return ConnectedComponents.label(mask, core);
	}

	@Override
	public LabelMapping stitch(N5Store store, ExecutorService executor) throws IOException {
		return FaceContacts.join(store, PipelineDatasets.BLOCK_SUPERVOXELS, executor);
	}
}
