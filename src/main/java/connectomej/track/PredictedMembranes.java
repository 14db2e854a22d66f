package connectomej.track;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.nn.DefaultModels;
import connectomej.nn.Dl4jBackend;
import connectomej.nn.MembraneMaps;
import connectomej.nn.MembranePredictor;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The membrane probability map 3C decodes by ({@link ProbabilityRegions}, {@link BoundarySeeds}) when none is given:
 * predicted with a membrane model, by default the shipped 2D U-Net ({@link TrackFiles#MEMBRANE_MODEL}).
 */
final class PredictedMembranes {

	private PredictedMembranes() {}

	/**
	 * @param raw EM, x, y, z, zero-min
	 * @param model membrane model file, or null for the shipped U-Net
	 * @return membrane probabilities in [0, 1], same dimensions
	 * @throws connectomej.io.BadInputException when the model is no 2D one-output membrane model, or the sections are
	 *         smaller than its receptive field
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static RandomAccessibleInterval<FloatType> of(RandomAccessibleInterval<? extends RealType<?>> raw, Path model) throws IOException {
		StoredModel m = MembraneMaps.loadModel(model != null ? model : DefaultModels.extract(TrackFiles.MEMBRANE_MODEL));
		var out = ArrayImgs.floats(raw.dimensionsAsLongArray());
		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			TiledInference.predict((RandomAccessibleInterval) raw, Dl4jBackend.of(m, threads), m.info(), MembranePredictor.DEFAULT_TILE_SIZE,
					out, executor);
		} finally {
			executor.shutdownNow();
		}
		return out;
	}
}
