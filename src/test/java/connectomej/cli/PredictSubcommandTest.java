package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.nn.MembraneModels;
import connectomej.nn.MembranePredictor;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ShallowMembraneNet;
import connectomej.nn.StoredModel;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** {@code connectomej predict} through {@link Main#run}: outputs, scores, and every kind of bad input (exit 2). */
class PredictSubcommandTest {

	@TempDir
	static Path shared;

	@TempDir
	Path dir;

	static Path model;
	static ComputationGraph network;
	static ArrayImg<UnsignedByteType, ?> raw;

	@BeforeAll
	static void setUp() throws Exception {
		network = ShallowMembraneNet.create(new ShallowMembraneNet.Settings(2, 1, 1, 4, 2, 7, 1e-3));
		model = shared.resolve("m.zip");
		ModelFiles.save(model, network, info("membrane", 1), false);
		raw = ArrayImgs.unsignedBytes(40, 30, 5);
		Random r = new Random(3);
		raw.forEach(t -> t.set(r.nextInt(256)));
	}

	static ModelInfo info(String task, int inputChannels) {
		ModelInfo m = MembraneModels.SHALLOW.describe(network, 2, VoxelSize.UNIT, 16, new ModelInfo.Training("test", "test"));
		return new ModelInfo(m.formatVersion(), task, 2, inputChannels, m.outputChannels(), m.normalization(),
				m.voxelSize(), m.patchSize(), m.receptiveField(), m.sizeMultiple(), m.training(), Map.of());
	}

	Path write(Volume<? extends RealType<?>> v, String name) throws Exception {
		Path file = dir.resolve(name);
		VolumeFiles.write(v, file.toString());
		return file;
	}

	@Test
	void sixteenBitEmBeyondTheEightBitRangeIsRefusedAndNothingWritten() throws Exception {
		var sixteen = ArrayImgs.unsignedShorts(40, 30, 5);
		Random r = new Random(5);
		sixteen.forEach(t -> t.set(r.nextInt(65536)));
		Path in = write(new Volume<>(sixteen, VoxelSize.UNIT), "fibsem16.tif");
		Path out = dir.resolve("p.tif");
		CliRun run = CliRun.of("predict", "--model", model.toString(), in.toString(), "-o", out.toString());
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains(in + ": EM values run from "), run.err());
		assertTrue(run.err().contains("convert the stack to 8-bit first"), run.err());
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of("fibsem16.tif"), left.map(p -> p.getFileName().toString()).toList(), "no output, no temporary");
		}
	}

	@Test
	void predictsLikeTheInMemoryPredictorWhateverTheBlockDepth() throws Exception {
		Path in = write(new Volume<>(raw, new VoxelSize(4, 4, 40)), "raw.tif");
		assertEquals(0, Main.run("predict", "--model", model.toString(), in.toString(), "-o", dir.resolve("a.tif").toString(), "--block-depth", "2", "--tile-size", "16", "--threads", "2"));
		assertEquals(0, Main.run("predict", "--model", model.toString(), in.toString(), "-o", dir.resolve("b.h5") + ":/membrane", "--block-depth", "5"));
		ArrayImg<FloatType, ?> expected = ArrayImgs.floats(40, 30, 5);
		new MembranePredictor(new StoredModel(network, info("membrane", 1)), new connectomej.nn.Dl4jBackend(network, 1, 1, 1))
				.predict(new Volume<>(raw, VoxelSize.UNIT), expected, Executors.newSingleThreadExecutor());
		Volume<? extends RealType<?>> a = VolumeFiles.read(dir.resolve("a.tif").toString());
		assertEquals(40, a.voxelSize().z(), 1e-9);
		assertClose(expected, a.data());
		assertClose(expected, VolumeFiles.read(dir.resolve("b.h5") + ":/membrane").data());
	}

	@Test
	void threeSectionModelStreamsLikeTheInMemoryPredictorAndReadsTheNeighbours() throws Exception {
		ComputationGraph three = ShallowMembraneNet.create(new ShallowMembraneNet.Settings(2, 3, 1, 4, 2, 7, 1e-3));
		ModelInfo m = MembraneModels.SHALLOW.describe(three, 2, 3, VoxelSize.UNIT, 16, new ModelInfo.Training("test", "test"));
		Path threeModel = dir.resolve("three.zip");
		ModelFiles.save(threeModel, three, m, false);
		Path in = write(new Volume<>(raw, VoxelSize.UNIT), "raw.tif");
		for (String depth : new String[] { "1", "2", "5" })
			assertEquals(0, Main.run("predict", "--model", threeModel.toString(), in.toString(), "-o",
					dir.resolve("s" + depth + ".tif").toString(), "--block-depth", depth, "--tile-size", "16"));
		ArrayImg<FloatType, ?> expected = ArrayImgs.floats(40, 30, 5);
		new MembranePredictor(new StoredModel(three, m), new connectomej.nn.Dl4jBackend(three, 3, 1, 1))
				.predict(new Volume<>(raw, VoxelSize.UNIT), expected, Executors.newSingleThreadExecutor());
		for (String depth : new String[] { "1", "2", "5" })
			assertClose(expected, VolumeFiles.read(dir.resolve("s" + depth + ".tif").toString()).data());
		// section 2 by hand: the network fed sections 1, 2, 3 as its three channels
		float[] input = new float[3 * 40 * 30];
		for (int c = 0; c < 3; c++) {
			var cursor = Views.flatIterable(Views.hyperSlice(raw, 2, 1 + c)).cursor();
			for (int i = 0; i < 40 * 30; i++)
				input[c * 40 * 30 + i] = cursor.next().get() / 255f;
		}
		float[] bySection = new connectomej.nn.Dl4jBackend(three, 3, 1, 1).predict(input, 40, 30);
		var e = Views.flatIterable(Views.hyperSlice(expected, 2, 2)).cursor();
		float worst = 0;
		for (int i = 0; i < 40 * 30; i++) { // away from the border, where mirroring and zero padding differ
			float v = e.next().get();
			if (i / 40 >= 6 && i / 40 < 24 && i % 40 >= 6 && i % 40 < 34)
				worst = Math.max(worst, Math.abs(v - bySection[i]));
		}
		assertTrue(worst < 1e-5, "the 2.5D prediction of section 2 is the network on sections 1-3; off by " + worst);
	}

	@Test
	void dihedralPredictionIsTheMeanOfThePlainPredictionsOfTheEightViews() throws Exception {
		Path in = write(new Volume<>(raw, VoxelSize.UNIT), "raw.tif");
		assertEquals(0, Main.run("predict", "--model", model.toString(), in.toString(), "-o", dir.resolve("d.tif").toString(),
				"--dihedral", "--tile-size", "16"));
		ArrayImg<FloatType, ?> expected = ArrayImgs.floats(40, 30, 5);
		MembranePredictor plain = new MembranePredictor(new StoredModel(network, info("membrane", 1)),
				new connectomej.nn.Dl4jBackend(network, 1, 1, 1));
		for (int s = 0; s < 8; s++) {
			ArrayImg<UnsignedByteType, ?> view = copy(symmetry(raw, s));
			ArrayImg<FloatType, ?> predicted = ArrayImgs.floats(view.dimensionsAsLongArray());
			plain.predict(new Volume<>(view, VoxelSize.UNIT), predicted, Executors.newSingleThreadExecutor());
			var back = Views.flatIterable(inverseSymmetry(predicted, s)).cursor();
			for (FloatType e : expected)
				e.set(e.get() + back.next().get() / 8);
		}
		assertClose(expected, VolumeFiles.read(dir.resolve("d.tif").toString()).data());
	}

	/** Flip x (bit 0), flip y (bit 1), then swap x and y (bit 2). */
	private static <T> net.imglib2.RandomAccessibleInterval<T> symmetry(net.imglib2.RandomAccessibleInterval<T> v, int s) {
		if ((s & 1) != 0)
			v = Views.zeroMin(Views.invertAxis(v, 0));
		if ((s & 2) != 0)
			v = Views.zeroMin(Views.invertAxis(v, 1));
		return (s & 4) != 0 ? Views.permute(v, 0, 1) : v;
	}

	private static <T> net.imglib2.RandomAccessibleInterval<T> inverseSymmetry(net.imglib2.RandomAccessibleInterval<T> v, int s) {
		if ((s & 4) != 0)
			v = Views.permute(v, 0, 1);
		if ((s & 2) != 0)
			v = Views.zeroMin(Views.invertAxis(v, 1));
		return (s & 1) != 0 ? Views.zeroMin(Views.invertAxis(v, 0)) : v;
	}

	private static ArrayImg<UnsignedByteType, ?> copy(net.imglib2.RandomAccessibleInterval<UnsignedByteType> v) {
		ArrayImg<UnsignedByteType, ?> out = ArrayImgs.unsignedBytes(v.dimensionsAsLongArray());
		var from = Views.flatIterable(v).cursor();
		for (UnsignedByteType t : out)
			t.set(from.next());
		return out;
	}

	@Test
	void scoresSectionsAgainstMembraneLabels() throws Exception {
		Path in = write(new Volume<>(raw, VoxelSize.UNIT), "raw.tif");
		ArrayImg<UnsignedByteType, ?> labels = ArrayImgs.unsignedBytes(40, 30, 5);
		labels.forEach(t -> t.set(255));
		Views.interval(labels, new long[] { 0, 0, 3 }, new long[] { 19, 29, 3 }).forEach(t -> t.set(0));
		Path gt = write(new Volume<>(labels, VoxelSize.UNIT), "labels.tif");
		Path scores = dir.resolve("scores.json");
		assertEquals(0, Main.run("predict", "--model", model.toString(), in.toString(), "--sections", "3-3",
				"--membrane-gt", gt.toString(), "--membrane-value", "0", "--scores", scores.toString()));
		String json = Files.readString(scores);
		assertTrue(json.contains("\"pixel_auc\"") && json.contains("\"sections\": \"3-3\""), json);
		assertEquals(3, fileCount(), "raw, labels, scores: scoring alone writes no probability map");
	}

	@Test
	void badInputExitsWithTwoAndWritesNothing() throws Exception {
		Path in = write(new Volume<>(raw, VoxelSize.UNIT), "raw.tif");
		Path otherTask = dir.resolve("cleft.zip"), threeChannels = dir.resolve("rgb.zip");
		ModelFiles.save(otherTask, network, info("cleft", 1), false);
		ModelFiles.save(threeChannels, network, info("membrane", 3), false);
		byte[] bytes = Files.readAllBytes(model);
		Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		Path corrupt = Files.write(dir.resolve("corrupt.zip"), "not a zip at all".getBytes());
		Path tiny = write(new Volume<>(ArrayImgs.unsignedBytes(4, 40, 2), VoxelSize.UNIT), "tiny.tif");
		ArrayImg<FloatType, ?> withNaN = ArrayImgs.floats(20, 20, 3);
		Views.hyperSlice(withNaN, 2, 2).firstElement().set(Float.NaN);
		Path nan = write(new Volume<>(withNaN, VoxelSize.UNIT), "nan.tif");
		long before = fileCount();
		assertBadInput("task 'cleft'", otherTask, in);
		assertBadInput("3 input channel", threeChannels, in);
		assertBadInput("truncated", truncated, in);
		assertBadInput("not a zip", corrupt, in);
		assertBadInput("receptive field", model, tiny);
		assertBadInput("NaN", model, nan);
		assertEquals(before, fileCount(), "nothing written, no temporary file left");
	}

	private void assertBadInput(String expected, Path modelFile, Path input) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream old = System.err;
		int code;
		try {
			System.setErr(new PrintStream(err, true));
			code = Main.run("predict", "--model", modelFile.toString(), input.toString(), "-o", dir.resolve("out.tif").toString());
		} finally {
			System.setErr(old);
		}
		String message = err.toString();
		assertEquals(2, code, message);
		List<String> errors = message.lines().filter(l -> l.startsWith("connectomej:")).toList();
		assertTrue(errors.size() == 1 && errors.get(0).contains(expected), message);
		assertFalse(Files.exists(dir.resolve("out.tif")));
	}

	private long fileCount() throws Exception {
		try (Stream<Path> s = Files.list(dir)) {
			return s.count();
		}
	}

	private static void assertClose(ArrayImg<FloatType, ?> expected, net.imglib2.RandomAccessibleInterval<? extends RealType<?>> actual) {
		assertArrayEquals(expected.dimensionsAsLongArray(), actual.dimensionsAsLongArray());
		var e = expected.cursor();
		var a = Views.flatIterable(actual).cursor();
		while (e.hasNext())
			assertEquals(e.next().get(), a.next().getRealFloat(), 1e-5);
	}
}
