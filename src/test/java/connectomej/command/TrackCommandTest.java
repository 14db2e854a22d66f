package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import connectomej.cli.Main;
import connectomej.ij1.ImagePlusBridge;
import connectomej.ij1.LabelLut;
import connectomej.io.VolumeFiles;
import connectomej.track.TrackFiles;
import ij.ImagePlus;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** "Track Objects (3C)" headless, against {@code connectomej track} on 48 x 48 x 3 and 96 x 96 x 3 corners of the sample. */
class TrackCommandTest {

	@Test
	void tracksLikeTheCommandLineWithTheShippedModel(@TempDir Path tmp) throws Exception {
		Path in = CommandFixtures.sampleCorner(tmp.resolve("in"), 48, 48, 3), cli = tmp.resolve("cli.tif");
		String raw = in.resolve("raw.tif").toString(), seeds = in.resolve("neuron_ids.tif").toString();
		assertEquals(0, Main.run("track", "--raw", raw, "--seeds", seeds, "--model", CommandFixtures.TRACK_MODEL.toString(),
				"-o", cli.toString()));
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(TrackCommand.class, true, Map.of("raw", raw,
					"seeds", seeds, "output_folder", tmp.resolve("out").toFile())).get();
			ImagePlus labels = (ImagePlus) m.getOutput("labels");
			assertSameVoxels(VolumeFiles.read(cli.toString()).data(), ImagePlusBridge.toLabels(labels).data());
			assertArrayEquals(Files.readAllBytes(cli), Files.readAllBytes(tmp.resolve("out").resolve(TrackFiles.LABELS)));
			assertEquals(LabelLut.create().getRGB(7), labels.getProcessor().getLut().getRGB(7), "label lookup table");
			assertEquals(40.0, labels.getCalibration().pixelDepth, 1e-9, "voxel depth in nm");
		}
	}

	@Test
	void theMembraneDecodingIsTheCommandLines(@TempDir Path tmp) throws Exception {
		Path in = CommandFixtures.sampleCorner(tmp.resolve("in"), 96, 96, 3), cli = tmp.resolve("cli.tif"), plain = tmp.resolve("plain.tif");
		String raw = in.resolve("raw.tif").toString(), seeds = in.resolve("neuron_ids.tif").toString(), model = CommandFixtures.TRACK_MODEL.toString();
		assertEquals(0, Main.run("track", "--raw", raw, "--seeds", seeds, "--model", model, "--regions", "membranes", "--min-overlap", "0.5",
				"--min-agreement", "0.5", "-o", cli.toString()));
		assertEquals(0, Main.run("track", "--raw", raw, "--seeds", seeds, "--model", model, "-o", plain.toString()));
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(cli), Files.readAllBytes(plain)), "the decodings differ on this fixture");
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(TrackCommand.class, true, Map.of("raw", raw, "seeds", seeds,
					"regions", "membranes", "min_overlap", 0.5, "min_agreement", 0.5)).get();
			assertSameVoxels(VolumeFiles.read(cli.toString()).data(), ImagePlusBridge.toLabels((ImagePlus) m.getOutput("labels")).data());
		}
	}

	@Test
	void snappingToSupervoxelsIsTheCommandLines(@TempDir Path tmp) throws Exception {
		Path in = CommandFixtures.sampleCorner(tmp.resolve("in"), 48, 48, 3), cli = tmp.resolve("cli.tif"), plain = tmp.resolve("plain.tif");
		String raw = in.resolve("raw.tif").toString(), seeds = in.resolve("neuron_ids.tif").toString(), model = CommandFixtures.TRACK_MODEL.toString();
		String blocks = tmp.resolve("blocks.tif").toString();
		VolumeFiles.write(new connectomej.volume.Volume<>(blocksOf8(48, 48, 3), new connectomej.volume.VoxelSize(4, 4, 40)), blocks);
		assertEquals(0, Main.run("track", "--raw", raw, "--seeds", seeds, "--model", model, "--snap-to-supervoxels", blocks, "-o", cli.toString()));
		assertEquals(0, Main.run("track", "--raw", raw, "--seeds", seeds, "--model", model, "-o", plain.toString()));
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(cli), Files.readAllBytes(plain)), "snapping changes this fixture");
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(TrackCommand.class, true, Map.of("raw", raw, "seeds", seeds,
					"snap_to", blocks)).get();
			assertSameVoxels(VolumeFiles.read(cli.toString()).data(), ImagePlusBridge.toLabels((ImagePlus) m.getOutput("labels")).data());
		}
	}

	/** Supervoxels that are 8 x 8 columns through every section. */
	private static net.imglib2.img.array.ArrayImg<net.imglib2.type.numeric.integer.UnsignedShortType, ?> blocksOf8(int w, int h, int d) {
		short[] ids = new short[w * h * d];
		for (int i = 0; i < ids.length; i++)
			ids[i] = (short) (1 + (i % w) / 8 + (w / 8) * ((i / w % h) / 8));
		return net.imglib2.img.array.ArrayImgs.unsignedShorts(ids, w, h, d);
	}

	static void assertSameVoxels(net.imglib2.RandomAccessibleInterval<? extends RealType<?>> expected,
			net.imglib2.RandomAccessibleInterval<? extends RealType<?>> actual) {
		assertArrayEquals(expected.dimensionsAsLongArray(), actual.dimensionsAsLongArray());
		var e = Views.flatIterable(expected).cursor();
		var a = Views.flatIterable(actual).cursor();
		long nonZero = 0;
		while (e.hasNext()) {
			double v = e.next().getRealDouble();
			assertEquals(v, a.next().getRealDouble(), 1e-6);
			nonZero += v != 0 ? 1 : 0;
		}
		assertTrue(nonZero > 0, "something to compare");
	}
}
