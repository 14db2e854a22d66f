package connectomej.pipeline;

import java.io.IOException;

import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** Membrane probabilities of one block: reads raw with the stage's halo, predicts, keeps the core. */
public final class MembraneTask implements BlockTask<FloatType> {

	private static final long serialVersionUID = 1L;
	private final MembraneStage stage;

	public MembraneTask(MembraneStage stage) {
		this.stage = stage;
	}

	@Override
	public String name() {
		return "membranes";
	}

	@Override
	public String outputDataset() {
		return PipelineDatasets.MEMBRANES;
	}

	@Override
	public long[] halo() {
		return stage.halo();
	}

	@Override
	public RandomAccessibleInterval<FloatType> compute(N5Store store, Block block) throws IOException {
		RandomAccessibleInterval<UnsignedByteType> raw = N5Images.readInterval(store, PipelineDatasets.RAW, block.withHalo(), new UnsignedByteType());
		RandomAccessibleInterval<FloatType> out = Views.translate(ArrayImgs.floats(block.withHalo().dimensionsAsLongArray()),
				block.withHalo().minAsLongArray());
		stage.predict(raw, out);
		return Views.interval(out, block.core());
	}
}
