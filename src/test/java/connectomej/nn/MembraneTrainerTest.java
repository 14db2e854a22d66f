package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

class MembraneTrainerTest {

	static ExecutorService executor;

	@TempDir
	Path dir;

	@BeforeAll
	static void setUp() {
		executor = Executors.newFixedThreadPool(2);
	}

	@AfterAll
	static void tearDown() {
		executor.shutdownNow();
	}

	/** Cells on a 12-pixel grid with dark 2-pixel membranes, plus noise; labels 1 on membranes. */
	static ArrayImg<UnsignedByteType, ?>[] synthetic(int n, int sections) {
		@SuppressWarnings("unchecked")
		ArrayImg<UnsignedByteType, ?>[] rawAndLabels = new ArrayImg[] { ArrayImgs.unsignedBytes(n, n, sections),
				ArrayImgs.unsignedBytes(n, n, sections) };
		Random r = new Random(5);
		var raw = rawAndLabels[0].randomAccess();
		var lab = rawAndLabels[1].randomAccess();
		for (int z = 0; z < sections; z++)
			for (int y = 0; y < n; y++)
				for (int x = 0; x < n; x++) {
					boolean membrane = (x + z) % 12 < 2 || (y + 3 * z) % 12 < 2;
					raw.setPositionAndGet(x, y, z).set(Math.max(0, Math.min(255, (membrane ? 70 : 170) + (int) (r.nextGaussian() * 35))));
					lab.setPositionAndGet(x, y, z).set(membrane ? 1 : 0);
				}
		return rawAndLabels;
	}

	MembraneTrainer.Settings settings(Path checkpoints, int epochs) {
		return new MembraneTrainer.Settings(16, 8, 5e-3, epochs, 15, 1, 10, 3, 0.05, checkpoints);
	}

	static ModelInfo template(ShallowMembraneNet.Settings s) {
		return new ModelInfo(1, "membrane", 2, 1, List.of("membrane"), ModelInfo.Normalization.UNIT_RANGE,
				VoxelSize.UNIT, new int[] { 16, 16 }, ReceptiveField.of(ShallowMembraneNet.configuration(s), 2).size(),
				1, new ModelInfo.Training("synthetic grid", "MembraneTrainerTest"), Map.of());
	}

	List<MembraneTrainer.Progress> train(Path checkpoints, int epochs) throws IOException {
		return train(settings(checkpoints, epochs));
	}

	List<MembraneTrainer.Progress> train(MembraneTrainer.Settings settings) throws IOException {
		var data = synthetic(48, 3);
		ShallowMembraneNet.Settings s = new ShallowMembraneNet.Settings(2, 1, 1, 8, 2, 9, 5e-3);
		List<MembraneTrainer.Progress> log = new ArrayList<>();
		new MembraneTrainer(settings).train(ShallowMembraneNet.create(s), template(s),
				new Volume<>(data[0], VoxelSize.UNIT), data[1], log::add, executor);
		return log;
	}

	@Test
	void learnsSyntheticMembranesAndWritesCheckpoints() throws IOException {
		List<MembraneTrainer.Progress> log = train(dir, 4);
		assertEquals(4, log.size());
		MembraneTrainer.Progress last = log.get(log.size() - 1);
		assertTrue(last.validationF1() > 0.8, "validation F1 " + last.validationF1());
		assertTrue(last.validationAuc() > 0.9, "validation AUC " + last.validationAuc());
		assertTrue(Files.exists(dir.resolve("best.zip")) && Files.exists(dir.resolve("last.zip")));
		double stored = ModelFiles.readInfo(dir.resolve("best.zip")).validationMetrics().get("pixel_f1");
		assertEquals(log.stream().mapToDouble(MembraneTrainer.Progress::validationF1).max().orElseThrow(), stored, 1e-12);
	}

	@Test
	void sameSeedSameRunAndResumeContinuesWhereItStopped() throws IOException {
		List<MembraneTrainer.Progress> whole = train(dir.resolve("a"), 3);
		List<MembraneTrainer.Progress> again = train(dir.resolve("b"), 3);
		assertEquals(whole.get(2).loss(), again.get(2).loss(), 1e-4 * Math.abs(whole.get(2).loss()));
		train(dir.resolve("c"), 2);
		List<MembraneTrainer.Progress> resumed = train(dir.resolve("c"), 3);
		assertEquals(1, resumed.size(), "resume should run only the missing epoch");
		assertEquals(3, resumed.get(0).epoch());
		assertEquals(whole.get(2).loss(), resumed.get(0).loss(), 1e-3 * Math.abs(whole.get(2).loss()));
	}

	MembraneTrainer.Settings averaging(Path checkpoints, int epochs) {
		return new MembraneTrainer.Settings(16, 8, 5e-3, epochs, 15, 1, 10, 3, 0.05, checkpoints, null, 1, 1, 0.9);
	}

	static org.nd4j.linalg.api.ndarray.INDArray weights(Path model) {
		return ModelFiles.load(model, null, 0).network().params();
	}

	@Test
	void weightAverageIsValidatedKeptAndResumed() throws IOException {
		List<MembraneTrainer.Progress> whole = train(averaging(dir.resolve("a"), 3));
		assertTrue(whole.get(2).validationF1() > 0.8, "the averaged weights validate at F1 " + whole.get(2).validationF1());
		var average = weights(dir.resolve("a/average.zip"));
		assertTrue(average.distance2(weights(dir.resolve("a/last.zip"))) > 1e-3, "the average differs from the last weights");
		int best = whole.stream().max(java.util.Comparator.comparingDouble(MembraneTrainer.Progress::validationF1)).orElseThrow().epoch();
		if (best == 3)
			assertTrue(average.equalsWithEps(weights(dir.resolve("a/best.zip")), 1e-6), "best.zip holds the averaged weights");
		train(averaging(dir.resolve("c"), 2));
		train(averaging(dir.resolve("c"), 3));
		var resumed = weights(dir.resolve("c/average.zip"));
		assertTrue(average.equalsWithEps(resumed, 1e-3 * average.norm2Number().doubleValue() / Math.sqrt(average.length())),
				"a resumed run carries the average on: distance " + average.distance2(resumed));
	}

	@Test
	void timeLimitStartsNoEpochThatWouldEndLate() throws IOException {
		var data = synthetic(32, 2);
		ShallowMembraneNet.Settings s = new ShallowMembraneNet.Settings(2, 1, 1, 4, 1, 9, 5e-3);
		MembraneTrainer.Settings limited = new MembraneTrainer.Settings(16, 4, 5e-3, 3, 2, 1, 10, 3, 0, dir,
				java.time.Duration.ofNanos(1));
		List<MembraneTrainer.Progress> log = new ArrayList<>();
		new MembraneTrainer(limited).train(ShallowMembraneNet.create(s), template(s), new Volume<>(data[0], VoxelSize.UNIT),
				data[1], log::add, executor);
		assertEquals(1, log.size(), "the first epoch always runs; after it the limit is known to be exceeded");
	}

	@Test
	void threeSectionNetworkLearnsMembranesThatMoveWithZ() throws IOException {
		var data = synthetic(48, 5);
		ShallowMembraneNet.Settings s = new ShallowMembraneNet.Settings(2, 3, 1, 8, 2, 9, 5e-3);
		ModelInfo t = template(s);
		ModelInfo threeSections = new ModelInfo(t.formatVersion(), t.task(), 2, 3, t.outputChannels(), t.normalization(),
				t.voxelSize(), t.patchSize(), t.receptiveField(), t.sizeMultiple(), t.training(), t.validationMetrics());
		MembraneTrainer.Settings three = new MembraneTrainer.Settings(16, 8, 5e-3, 4, 15, 1, 10, 3, 0.05, dir, null, 3, 1);
		List<MembraneTrainer.Progress> log = new ArrayList<>();
		new MembraneTrainer(three).train(ShallowMembraneNet.create(s), threeSections, new Volume<>(data[0], VoxelSize.UNIT),
				data[1], log::add, executor);
		assertTrue(log.get(log.size() - 1).validationF1() > 0.8, "validation F1 " + log.get(log.size() - 1).validationF1());
		assertEquals(3, ModelFiles.readInfo(dir.resolve("best.zip")).inputChannels());
	}

	@Test
	void learningRateDecaysPerEpoch() {
		MembraneTrainer.Settings s = new MembraneTrainer.Settings(16, 8, 1e-3, 4, 15, 1, 10, 3, 0.05, dir, null, 1, 0.5);
		assertEquals(1e-3, s.learningRate(1), 1e-12);
		assertEquals(2.5e-4, s.learningRate(3), 1e-12);
		assertEquals(5e-3, settings(dir, 3).learningRate(3), 1e-12, "constant without decay");
	}
}
