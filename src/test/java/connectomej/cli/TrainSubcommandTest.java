package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/** {@code connectomej train} through {@link Main#run}, on a tiny grid of dark membranes labelled like ISBI 2012. */
class TrainSubcommandTest {

	@TempDir
	Path dir;

	String raw, labels;

	@BeforeEach
	void writeData() throws Exception {
		ArrayImg<UnsignedByteType, ?> r = ArrayImgs.unsignedBytes(32, 32, 4), l = ArrayImgs.unsignedBytes(32, 32, 4);
		Random random = new Random(1);
		var ra = r.randomAccess();
		var la = l.randomAccess();
		for (int z = 0; z < 4; z++)
			for (int y = 0; y < 32; y++)
				for (int x = 0; x < 32; x++) {
					boolean membrane = (x + z) % 8 < 2 || y % 8 < 2;
					ra.setPositionAndGet(x, y, z).set((membrane ? 60 : 180) + random.nextInt(20));
					la.setPositionAndGet(x, y, z).set(membrane ? 0 : 255);
				}
		raw = dir.resolve("raw.tif").toString();
		labels = dir.resolve("labels.tif").toString();
		VolumeFiles.write(new Volume<>(r, new VoxelSize(4, 4, 50)), raw);
		VolumeFiles.write(new Volume<>(l, VoxelSize.UNIT), labels);
	}

	/** The train command line with {@code extra} options; --membrane-value 0 and --epochs 2 unless given. */
	String[] train(String... extra) {
		java.util.List<String> given = java.util.List.of(extra);
		String[] base = { "train", raw, labels, "--batch-size", "4", "--steps-per-epoch", "3", "--seed", "5", "-o",
				dir.resolve("m.zip").toString() };
		if (!given.contains("--membrane-value"))
			base = concat(base, "--membrane-value", "0");
		if (!given.contains("--patch-size"))
			base = concat(base, "--patch-size", "16");
		if (!given.contains("--epochs"))
			base = concat(base, "--epochs", "2");
		return concat(base, extra);
	}

	private static String[] concat(String[] base, String... extra) {
		String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
		System.arraycopy(extra, 0, all, base.length, extra.length);
		return all;
	}

	@Test
	void writesAModelWithItsCommandLine() throws Exception {
		assertEquals(0, Main.run(train("--sections", "0-3", "--validation-sections", "1")));
		ModelInfo info = ModelFiles.readInfo(dir.resolve("m.zip"));
		assertTrue(info.training().command().startsWith("connectomej train " + raw + " " + labels + " --batch-size 4"),
				info.training().command());
		assertTrue(info.training().command().endsWith("--validation-sections 1"), info.training().command());
		assertEquals(50, info.voxelSize().z(), 1e-9);
		assertEquals(9, info.receptiveField()[0]);
		assertTrue(info.validationMetrics().containsKey("pixel_f1"));
		assertTrue(ModelFiles.load(dir.resolve("m.zip"), "membrane", 1).network().getNumLayers() > 0);
	}

	@Test
	void trainsACleftNetWhoseModelCarriesTheTask() throws Exception {
		assertEquals(0, Main.run(train("--task", "cleft", "--epochs", "1")));
		ModelInfo info = ModelFiles.readInfo(dir.resolve("m.zip"));
		assertEquals("cleft", info.task());
		assertEquals(java.util.List.of("cleft"), info.outputChannels());
		assertTrue(ModelFiles.load(dir.resolve("m.zip"), "cleft", 1).network().getNumLayers() > 0);
	}

	@Test
	void trainsAThreeSectionModelThatPredictCanRun() throws Exception {
		assertEquals(0, Main.run(train("--epochs", "1", "--context-sections", "3", "--learning-rate-decay", "0.9")));
		ModelInfo info = ModelFiles.readInfo(dir.resolve("m.zip"));
		assertEquals(3, info.inputChannels());
		assertTrue(info.training().command().contains("--context-sections 3"), info.training().command());
		Path out = dir.resolve("p.tif");
		assertEquals(0, Main.run("predict", "--model", dir.resolve("m.zip").toString(), raw.toString(), "-o", out.toString()));
		assertTrue(Files.size(out) > 0);
	}

	@Test
	void trainsADownsampledModelThatPredictAppliesAtFullResolution() throws Exception {
		assertEquals(0, Main.run(train("--epochs", "1", "--downsample", "2")));
		ModelInfo info = ModelFiles.readInfo(dir.resolve("m.zip"));
		assertEquals(2, info.inputDownsampling());
		assertEquals(new VoxelSize(4, 4, 50), info.voxelSize(), "the voxel size of the data it applies to");
		Path out = dir.resolve("p.tif");
		assertEquals(0, Main.run("predict", "--model", dir.resolve("m.zip").toString(), raw, "-o", out.toString()));
		assertEquals(java.util.List.of(32L, 32L, 4L), java.util.Arrays.stream(VolumeFiles.read(out.toString()).data()
				.dimensionsAsLongArray()).boxed().toList());
	}

	@Test
	void checkpointsResume() throws Exception {
		String folder = dir.resolve("ckpt").toString();
		assertEquals(0, Main.run(train("--checkpoints", folder)));
		assertTrue(Files.exists(Path.of(folder, "last.zip")));
		assertEquals(2, Main.run(train("--checkpoints", folder)), "a used folder needs --resume");
		assertEquals(0, Main.run(train("--checkpoints", folder, "--resume", "--epochs", "3")));
		assertTrue(Files.readString(Path.of(folder, "state.properties")).contains("epoch=3"));
	}

	@Test
	void badOptionsExitWithTwo() {
		assertBadInput("not within 0-3", "--sections", "0-9");
		assertBadInput("overlap", "--sections", "0-2", "--validation-sections", "2-3");
		assertBadInput("no membrane", "--membrane-value", "7");
		assertBadInput("shallow or unet", "--model", "resnet");
		assertBadInput("multiple of 8", "--model", "unet", "--patch-size", "20");
		assertBadInput("needs --checkpoints", "--resume");
		assertBadInput("--context-sections 2 must be odd", "--context-sections", "2");
		assertBadInput("--learning-rate-decay 0.0 must be in (0, 1]", "--learning-rate-decay", "0");
		assertBadInput("--weight-average 1.0 must be 0 (off) or in (0, 1)", "--weight-average", "1");
		assertBadInput("--task mitochondria is unknown (membrane, cleft or vesicle)", "--task", "mitochondria");
		assertBadInput("--downsample 0 must be in 1..8", "--downsample", "0");
		assertBadInput("and 1 with --context-sections > 1", "--downsample", "2", "--context-sections", "3");
		assertFalse(Files.exists(dir.resolve("m.zip")));
	}

	@Test
	void amountsOutOfRangeAreRefusedBeforeTheDataIsRead() {
		String absent = dir.resolve("absent.tif").toString(), model = dir.resolve("m.zip").toString();
		String[][] cases = { { "--batch-size", "0" }, { "--learning-rate", "-1" }, { "--epochs", "0" }, { "--steps-per-epoch", "0" },
			{ "--patience", "-1" }, { "--augment-intensity", "-2" }, { "--time-limit", "0" }, { "--patch-size", "3" }, { "--width", "0" } };
		for (String[] option : cases) {
			CliRun r = CliRun.of("train", absent, absent, "-o", model, option[0], option[1]);
			assertEquals(2, r.exitCode(), r.err());
			assertTrue(r.err().contains(option[0]) && !r.err().contains("absent.tif"), "names the option, reads no data: " + r.err());
		}
		assertFalse(Files.exists(dir.resolve("m.zip")));
	}

	@Test
	void aModelFileThatIsAnInputIsRefusedBeforeTrainingAndTheInputKept() throws Exception {
		byte[] before = Files.readAllBytes(Path.of(labels));
		CliRun r = CliRun.of("train", raw, labels, "--membrane-value", "0", "-o", labels);
		assertEquals(2, r.exitCode(), r.err());
		assertTrue(r.err().contains(labels + ": is also an input of this command"), r.err());
		assertArrayEquals(before, Files.readAllBytes(Path.of(labels)));
	}

	private void assertBadInput(String expected, String... options) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream old = System.err;
		int code;
		try {
			System.setErr(new PrintStream(err, true));
			code = Main.run(train(options));
		} finally {
			System.setErr(old);
		}
		assertEquals(2, code, err.toString());
		assertTrue(err.toString().contains(expected), err.toString());
	}
}
