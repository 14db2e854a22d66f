package connectomej.pipeline;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * A baseline without a network: membranes are dark in EM, so the probability is {@code 1 - raw / 255}. For tests,
 * demos and data whose membranes are already a clean dark boundary; use a trained model otherwise.
 */
public final class IntensityBaselineMembranes implements MembraneStage {

	private static final long serialVersionUID = 1L;

	@Override
	public String description() {
		return "intensity baseline (1 - raw / 255, no network)";
	}

	@Override
	public long[] halo() {
		return new long[3];
	}

	@Override
	public void predict(RandomAccessibleInterval<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output) {
		LoopBuilder.setImages(raw, output).forEachPixel((r, p) -> p.setReal(1 - r.get() / 255.0));
	}
}
