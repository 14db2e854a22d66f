package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/** {@code connectomej mergenet detect / train} through {@link Main#run}: bad input gives exit 2 and writes nothing. */
class MergeNetCliTest {

	@TempDir
	static Path dir;

	static Path model;

	/** A tiny untrained 3D MergeNet: grid 4, window 8^3 voxels. */
	@BeforeAll
	static void tinyModel() throws Exception {
		model = dir.resolve("tiny.zip");
		ModelInfo info = MergeNetModels.info(3, new int[] { 8, 8, 8 }, 4, VoxelSize.UNIT, new ModelInfo.Training("none", "test"), Map.of());
		ModelFiles.save(model, MergeNet.create(new MergeNet.Settings(3, 4, new int[] { 2 }, 4, 1, 1e-3)), info, false);
	}

	/** A 16 x 12 x 6 segmentation: object 1 = a slab of 16 x 4 x 4 voxels when {@code slab}, else one voxel. */
	private static String segmentation(String name, boolean slab, boolean any) throws Exception {
		short[] v = new short[16 * 12 * 6];
		for (int z = 1; z < 5; z++)
			for (int y = 4; y < 8; y++)
				for (int x = 0; x < 16; x++)
					if (any && (slab || x + y + z == 5))
						v[x + 16 * (y + 12 * z)] = 1;
		ArrayImg<UnsignedShortType, ShortArray> img = ArrayImgs.unsignedShorts(v, 16, 12, 6);
		Path file = dir.resolve(name + ".tif");
		VolumeFiles.write(new Volume<>(img, VoxelSize.UNIT), file.toString());
		return file.toString();
	}

	private static void assertBadInput(CliRun run, String words, Path notWritten) {
		assertEquals(2, run.exitCode(), run.err());
		assertEquals(1, run.errLines().length, run.err());
		assertTrue(run.err().contains(words), run.err());
		assertFalse(Files.exists(notWritten), notWritten + " was written");
	}

	@Test
	void anEmptySegmentationIsRefused() throws Exception {
		Path csv = dir.resolve("empty.csv");
		CliRun run = CliRun.of("mergenet", "detect", "--model", model.toString(), "--seg", segmentation("empty", false, false), "-o", csv.toString());
		assertBadInput(run, "empty", csv);
	}

	@Test
	void objectsTooSmallForAWindowAreRefused() throws Exception {
		Path csv = dir.resolve("small.csv");
		CliRun run = CliRun.of("mergenet", "detect", "--model", model.toString(), "--seg", segmentation("speck", false, true),
				"--min-voxels", "10", "-o", csv.toString());
		assertBadInput(run, "too small", csv);
	}

	@Test
	void aWindowThatDoesNotFitTheNetIsRefused() throws Exception {
		Path csv = dir.resolve("misfit.csv");
		CliRun run = CliRun.of("mergenet", "detect", "--model", model.toString(), "--seg", segmentation("slab1", true, true),
				"--window", "10", "-o", csv.toString());
		assertBadInput(run, "does not fit", csv);
	}

	@Test
	void trainingWithNothingToTrainOnIsRefused() {
		Path out = dir.resolve("none.zip");
		assertBadInput(CliRun.of("mergenet", "train", "-o", out.toString()), "nothing to train on", out);
		assertBadInput(CliRun.of("mergenet", "train", "--synthetic", "1", "--window", "20", "--grid", "8", "-o", out.toString()),
				"does not fit", out);
	}

	@Test
	void detectionWritesOneRankedRowPerObject() throws Exception {
		Path csv = dir.resolve("slab.csv");
		CliRun run = CliRun.of("mergenet", "detect", "--model", model.toString(), "--seg", segmentation("slab2", true, true),
				"--min-voxels", "10", "-o", csv.toString());
		assertEquals(0, run.exitCode(), run.err());
		var table = CsvTables.read(csv);
		assertEquals(1, table.rows().size());
		assertEquals(1, (int) table.number(0, "object_id"));
		assertEquals(256, (int) table.number(0, "voxels"));
	}

	@Test
	void detectionTakesTheVoxelSizeGivenForASegmentationThatRecordsNone() throws Exception {
		String seg = segmentation("slab3", true, true);
		Path unit = dir.resolve("unit.csv"), given = dir.resolve("given.csv");
		CliRun plain = CliRun.of("mergenet", "detect", "--model", model.toString(), "--seg", seg, "--min-voxels", "10", "-o", unit.toString());
		assertEquals(0, plain.exitCode(), plain.err());
		assertTrue(plain.err().contains("slab3.tif records no voxel size"), plain.err());
		CliRun run = CliRun.of("mergenet", "detect", "--model", model.toString(), "--seg", seg, "--min-voxels", "10", "-o", given.toString(),
				"--voxel-size", "4,4,40");
		assertEquals(0, run.exitCode(), run.err());
		assertFalse(run.err().contains("records no voxel size"), run.err());
		var table = CsvTables.read(given);
		assertEquals(40 * table.number(0, "z"), table.number(0, "z_nm"), 1e-9);
		assertEquals(4 * table.number(0, "x"), table.number(0, "x_nm"), 1e-9);
		var plainTable = CsvTables.read(unit);
		assertEquals(plainTable.number(0, "z"), plainTable.number(0, "z_nm"), 1e-9, "1 nm per voxel without it");
	}
}
