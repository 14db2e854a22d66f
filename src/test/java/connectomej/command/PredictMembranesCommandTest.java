package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;

import connectomej.cli.Main;
import connectomej.io.VolumeFiles;
import ij.IJ;
import ij.ImagePlus;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Predict Membranes headless on a corner of the sample, against {@code connectomej predict} on the same file. */
class PredictMembranesCommandTest {

	@TempDir
	static Path dir;

	static String raw;
	static Path cli;

	@BeforeAll
	static void predictWithTheCli() throws Exception {
		raw = SampleCrops.write("raw.tif", 48, 3, dir);
		cli = dir.resolve("cli.tif");
		assertEquals(0, Main.run("predict", raw, "-o", cli.toString(), "--block-depth", "2"));
	}

	@Test
	void predictsAFileLikeTheCliAndSavesIt() throws Exception {
		Path saved = dir.resolve("command.tif");
		CommandModule m = CommandRuns.run(PredictMembranesCommand.class, Map.of("input", raw, "output_file", saved.toString(),
			"block_depth", 2));
		ImagePlus shown = (ImagePlus) m.getOutput("probabilities");
		assertEquals(32, shown.getBitDepth());
		assertEquals(3, shown.getStackSize());
		RandomAccessibleInterval<? extends RealType<?>> expected = VolumeFiles.read(cli.toString()).data();
		assertClose(expected, VolumeFiles.read(saved.toString()).data());
		assertClose(expected, connectomej.ij1.ImagePlusBridge.toVolume(shown).data());
		assertEquals(40, VolumeFiles.read(saved.toString()).voxelSize().z(), 1e-9, "the sample's section thickness, nm");
	}

	@Test
	void predictsTheImageItIsGivenWhenNoFileIs() throws Exception {
		ImagePlus image = IJ.openImage(raw);
		CommandModule m = CommandRuns.run(PredictMembranesCommand.class, Map.of("image", image));
		var shown = connectomej.ij1.ImagePlusBridge.toVolume((ImagePlus) m.getOutput("probabilities")).data();
		assertClose(VolumeFiles.read(cli.toString()).data(), shown);
	}

	@Test
	void cancelingStopsWithoutOutputs() throws Exception {
		Path saved = dir.resolve("canceled.tif");
		CommandRuns.Canceling listener = new CommandRuns.Canceling();
		CommandModule m = CommandRuns.run(PredictMembranesCommand.class, Map.of("input", raw, "output_file", saved.toString()),
			listener);
		assertTrue(listener.reported);
		assertTrue(m.isCanceled());
		assertNull(m.getOutput("probabilities"));
		assertFalse(Files.exists(saved));
	}

	static void assertClose(RandomAccessibleInterval<? extends RealType<?>> expected,
		RandomAccessibleInterval<? extends RealType<?>> actual)
	{
		assertArrayEquals(expected.dimensionsAsLongArray(), actual.dimensionsAsLongArray());
		var e = Views.flatIterable(expected).cursor();
		var a = Views.flatIterable(actual).cursor();
		double max = 0;
		while (e.hasNext())
			max = Math.max(max, Math.abs(e.next().getRealDouble() - a.next().getRealDouble()));
		assertTrue(max <= 1e-6, "largest difference " + max);
	}
}
