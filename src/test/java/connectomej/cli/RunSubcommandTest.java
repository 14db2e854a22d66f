package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;

class RunSubcommandTest {

	@TempDir
	Path dir;

	/** 24 x 20 x 4 voxels: dark walls at x = 0, 12 and y = 0, 10; 2 x 2 = 4 bright cells. */
	private String cells() throws IOException {
		ArrayImg<UnsignedByteType, ByteArray> raw = ArrayImgs.unsignedBytes(24, 20, 4);
		Cursor<UnsignedByteType> c = raw.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) % 12 == 0 || c.getIntPosition(1) % 10 == 0 ? 10 : 220);
		}
		Path tif = dir.resolve("cells.tif");
		VolumeFiles.write(new Volume<>(raw, VoxelSize.isotropic(8)), tif.toString());
		return tif.toString();
	}

	@Test
	void runsResumesAndProtectsItsOutput() throws IOException {
		String input = cells();
		String out = dir.resolve("out").toString();
		CliRun first = CliRun.of("run", input, "-o", out, "--block-size", "8,8,2", "--intensity-membranes", "--threads", "2");
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().contains("4 supervoxels, 4 segments"), first.out());
		assertTrue(Files.isRegularFile(dir.resolve("out/volume.xml")));
		assertTrue(Files.isRegularFile(dir.resolve("out/objects.csv")));
		CliRun again = CliRun.of("run", input, "-o", out, "--block-size", "8,8,2", "--intensity-membranes", "--threads", "2");
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("(resumed)"), again.out());
		assertTrue(again.out().contains("raw: 18 blocks (0 computed, 18 done before)"), again.out());
		CliRun other = CliRun.of("run", input, "-o", out, "--block-size", "8,8,2", "--intensity-membranes", "--threshold", "0.3");
		assertEquals(2, other.exitCode());
		assertTrue(other.err().contains("--overwrite"), other.err());
		assertEquals(0, CliRun.of("run", input, "-o", out, "--block-size", "8,8,2", "--intensity-membranes", "--threshold", "0.3", "--overwrite").exitCode());
	}

	/** The four cells of {@link #cells()} as ground truth, walls 0. */
	private String cellTruth() throws IOException {
		var gt = ArrayImgs.unsignedBytes(24, 20, 4);
		Cursor<UnsignedByteType> c = gt.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			int x = c.getIntPosition(0), y = c.getIntPosition(1);
			c.get().set(x % 12 == 0 || y % 10 == 0 ? 0 : 1 + x / 12 + 2 * (y / 10));
		}
		Path tif = dir.resolve("truth.tif");
		VolumeFiles.write(new Volume<>(gt, VoxelSize.isotropic(8)), tif.toString());
		return tif.toString();
	}

	@Test
	void itsN5ResultsAreInputsOfTheOtherCommands() throws IOException {
		String out = dir.resolve("out").toString();
		assertEquals(0, CliRun.of("run", cells(), "-o", out, "--block-size", "8,8,2", "--intensity-membranes", "--no-bdv").exitCode());
		String store = dir.resolve("out/volume.n5").toString();
		CliRun scored = CliRun.of("evaluate", "--seg", store + ":/segments", "--gt", cellTruth());
		assertEquals(0, scored.exitCode(), scored.err());
		assertTrue(java.util.regex.Pattern.compile("(?m)^adapted Rand error\\s+0$").matcher(scored.out()).find(), scored.out());
		CliRun again = CliRun.of("segment", "--prob", store + ":/membranes", "-o", store + ":/segments-again", "--threshold", "0.5");
		assertEquals(0, again.exitCode(), again.err());
		var labels = new java.util.HashSet<Double>();
		for (var t : net.imglib2.view.Views.flatIterable(VolumeFiles.read(store + ":/segments-again").data()))
			labels.add(t.getRealDouble());
		assertEquals(4, labels.size(), "the four cells, read back from the new dataset");
		CliRun replace = CliRun.of("segment", "--prob", store + ":/membranes", "-o", store + ":/segments", "--threshold", "0.5");
		assertEquals(2, replace.exitCode());
		assertTrue(replace.err().contains("already holds /segments"), replace.err());
	}

	@Test
	void itsFastPassIsSegmentsWithTheSameSeedSmoothingScoreAndNeckWeight() throws IOException {
		String raw = connectomej.command.SampleCrops.write("raw.tif", 0, 0, 96, 6, dir);
		String membranes = connectomej.command.SampleCrops.write("membranes.tif", 0, 0, 96, 6, dir);
		String[] chosen = { "--seed-threshold", "0.3", "--seed-smoothing", "16", "--score", "QUANTILE_25", "--neck-weight", "0.1", "--threshold", "0.3" };
		String[] oneBlock = { "--block-size", "96,96,6", "--halo", "8,8,2" };
		CliRun run = CliRun.of(concat(new String[] { "run", "--probabilities", membranes, "-o", dir.resolve("chosen").toString(), "--no-bdv",
				"--no-skeletons", raw }, chosen, oneBlock));
		assertEquals(0, run.exitCode(), run.err());
		String report = Files.readString(dir.resolve("chosen/run.txt"));
		assertTrue(report.contains("smoothed by 16.0 nm") && report.contains("QUANTILE_25 of the boundary probability up to 0.3, neck weight 0.1"),
				report);
		CliRun segment = CliRun.of(concat(new String[] { "segment", "--prob", membranes, "-o", dir.resolve("segment.tif").toString() }, chosen,
				oneBlock));
		assertEquals(0, segment.exitCode(), segment.err());
		String byRun = dir.resolve("chosen/volume.n5") + ":/segments";
		assertEquals(0, disagreement(byRun, dir.resolve("segment.tif").toString()), 1e-12, "run's segments are segment's, up to their ids");
		assertEquals(0, CliRun.of("run", "--probabilities", membranes, "-o", dir.resolve("defaults").toString(), "--no-bdv", "--no-skeletons",
				"--block-size", "96,96,6", "--halo", "8,8,2", raw).exitCode());
		assertTrue(disagreement(byRun, dir.resolve("defaults/volume.n5") + ":/segments") > 0.01, "the options change the result");
	}

	@Test
	void aSixteenBitMapIsScaledAsSegmentScalesItAndA255FloatMapIsRefused() throws IOException {
		String raw = connectomej.command.SampleCrops.write("raw.tif", 0, 0, 96, 6, dir);
		String membranes = connectomej.command.SampleCrops.write("membranes.tif", 0, 0, 96, 6, dir);
		var eight = VolumeFiles.read(membranes);
		var sixteen = ArrayImgs.unsignedShorts(eight.dimensions());
		var asFloats = ArrayImgs.floats(eight.dimensions());
		net.imglib2.loops.LoopBuilder.setImages(eight.data(), sixteen, asFloats).forEachPixel((e, u, f) -> {
			u.setInteger((long) e.getRealDouble() * 257);
			f.setReal(e.getRealDouble());
		});
		String m16 = dir.resolve("membranes16.tif").toString(), m255 = dir.resolve("membranes255.tif").toString();
		VolumeFiles.write(new Volume<>(sixteen, eight.voxelSize()), m16);
		VolumeFiles.write(new Volume<>(asFloats, eight.voxelSize()), m255);
		String[] fast = { "--no-bdv", "--no-skeletons", "--block-size", "96,96,6", "--halo", "8,8,2", raw };
		assertEquals(0, CliRun.of(concat(new String[] { "run", "--probabilities", membranes, "-o", dir.resolve("eight").toString() }, fast)).exitCode());
		CliRun run16 = CliRun.of(concat(new String[] { "run", "--probabilities", m16, "-o", dir.resolve("sixteen").toString() }, fast));
		assertEquals(0, run16.exitCode(), run16.err());
		assertEquals(0, disagreement(dir.resolve("eight/volume.n5") + ":/segments", dir.resolve("sixteen/volume.n5") + ":/segments"), 1e-12,
				"a 16-bit map is divided by 65535 as segment divides it");
		CliRun run255 = CliRun.of(concat(new String[] { "run", "--probabilities", m255, "-o", dir.resolve("floats").toString() }, fast));
		assertEquals(2, run255.exitCode(), run255.err());
		assertTrue(run255.err().contains(m255 + ": probability map values run from 0.0 to "), run255.err());
		assertTrue(!Files.exists(dir.resolve("floats")), "refused before the run folder is made");
	}

	private static String[] concat(String[]... parts) {
		return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
	}

	/** Variation of information (split + merge, bits) between two labellings: 0 when they group the voxels alike. */
	private static double disagreement(String a, String b) throws IOException {
		return connectomej.metrics.VariationOfInformation.of(connectomej.metrics.ContingencyTables.of(segments(a), segments(b))).sum();
	}

	private static net.imglib2.RandomAccessibleInterval<? extends net.imglib2.type.numeric.IntegerType<?>> segments(String location)
			throws IOException {
		return connectomej.io.LabelVolumes.of(VolumeFiles.read(location).data(), connectomej.io.VolumeLocation.parse(location).file());
	}

	@Test
	void badOptionsAndMissingInputAreBadInput() {
		String out = dir.resolve("out").toString();
		CliRun missing = CliRun.of("run", dir.resolve("nope.tif").toString(), "-o", out);
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("nope.tif: no such file"), missing.err());
		assertEquals(2, CliRun.of("run", dir.resolve("nope.tif").toString(), "-o", out, "--threshold", "1.5").exitCode());
		assertEquals(2, CliRun.of("run", dir.resolve("nope.tif").toString(), "-o", out, "--block-size", "8,8").exitCode());
	}
}
