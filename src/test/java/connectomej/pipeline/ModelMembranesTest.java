package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.nn.MembranePredictor;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.ShallowMembraneNet;
import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * A membrane network run block by block with the receptive-field halo equals the network run on the whole volume.
 */
class ModelMembranesTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** 2D (one section) and 2.5D (three sections: blocks of 2 sections need their neighbours across the z faces). */
	@ParameterizedTest
	@ValueSource(ints = { 1, 3 })
	void blockwisePredictionEqualsWholePrediction(int sections) throws IOException {
		ShallowMembraneNet.Settings net = new ShallowMembraneNet.Settings(2, sections, 1, 4, 2, 5, 1e-3);
		ModelInfo info = new ModelInfo(1, MembranePredictor.TASK, 2, sections, List.of("membrane"), ModelInfo.Normalization.UNIT_RANGE,
				VoxelSize.UNIT, new int[] { 16, 16 }, ReceptiveField.of(ShallowMembraneNet.configuration(net), 2).size(), 1,
				new ModelInfo.Training("random weights", "ModelMembranesTest"), Map.of());
		Path model = dir.resolve("membranes.zip");
		ModelFiles.save(model, ShallowMembraneNet.create(net), info, false);
		long[] dims = { 37, 29, 5 };
		RandomAccessibleInterval<UnsignedByteType> raw = ArrayImgs.unsignedBytes(dims);
		Random random = new Random(3);
		for (UnsignedByteType t : Views.flatIterable(raw))
			t.set(random.nextInt(256));
		N5Store store = N5Store.create(dir.resolve("volume.n5"));
		int[] block = { 16, 12, 2 };
		store.createDataset(PipelineDatasets.RAW, new N5DatasetAttributes(dims, block, N5DataType.UINT8, N5Compression.RAW));
		store.createDataset(PipelineDatasets.MEMBRANES, new N5DatasetAttributes(dims, block, N5DataType.FLOAT32, N5Compression.RAW));
		N5Images.writeInterval(store, PipelineDatasets.RAW, raw);
		ModelMembranes stage = new ModelMembranes(model, 1);
		assertTrue(stage.halo()[0] >= 1, "halo from the receptive field");
		assertEquals(sections / 2, stage.halo()[2], "z halo: the neighbouring sections a 2.5D network reads");
		new LocalBlockRunner(pool).run(store, new MembraneTask(stage), ProgressListener.NONE);
		RandomAccessibleInterval<FloatType> whole = ArrayImgs.floats(dims);
		MembranePredictor.withDl4j(ModelFiles.load(model, MembranePredictor.TASK, sections), 1).predict(new Volume<>(raw, VoxelSize.UNIT), whole, pool);
		Cursor<FloatType> expected = Views.flatIterable(whole).cursor();
		for (FloatType p : Views.flatIterable(N5Images.open(store, PipelineDatasets.MEMBRANES, new FloatType())))
			assertEquals(expected.next().get(), p.get(), 1e-5);
	}
}
