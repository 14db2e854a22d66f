package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.synapse.SynapseFixture;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

/**
 * {@code --voxel-size}: inputs that record no voxel size (here TIFFs written without a calibration) are taken as 1 nm
 * per voxel with a note, and the option gives them their real size for every nm setting and output.
 */
class VoxelSizeOptionTest {

	private static final VoxelSize TEM = new VoxelSize(4, 4, 40);
	private static final String NOTE = "records no voxel size";

	@TempDir
	Path dir;

	private Path tif(String name, RandomAccessibleInterval<? extends RealType<?>> data, VoxelSize size) throws Exception {
		Path p = dir.resolve(name);
		TiffStacks.write(new Volume<>(data, size), p, TiffOptions.DEFAULT);
		return p;
	}

	/** Cells 12 x 10 voxels in a grid of dark membranes, 8-bit, 24 x 20 x 4. */
	private static RandomAccessibleInterval<UnsignedByteType> cells() {
		var raw = ArrayImgs.unsignedBytes(24, 20, 4);
		Cursor<UnsignedByteType> c = raw.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) % 12 == 0 || c.getIntPosition(1) % 10 == 0 ? 10 : 220);
		}
		return raw;
	}

	@Test
	void segmentTakesAnUncalibratedMapAsOneNanometreWithANoteAndTheGivenSizeWithout() throws Exception {
		Path map = tif("map.tif", cells(), VoxelSize.UNIT);
		Path out1 = dir.resolve("seg1.tif"), out4 = dir.resolve("seg4.tif");
		Path table1 = dir.resolve("o1.csv"), table4 = dir.resolve("o4.csv");
		CliRun unit = CliRun.of("segment", "--prob", map.toString(), "--invert", "-o", out1.toString(), "--objects", table1.toString());
		assertEquals(0, unit.exitCode(), unit.err());
		assertTrue(unit.err().contains(NOTE) && unit.err().contains("map.tif") && unit.err().contains("--voxel-size"), unit.err());
		CliRun given = CliRun.of("segment", "--prob", map.toString(), "--invert", "-o", out4.toString(), "--objects", table4.toString(),
			"--voxel-size", "4,4,40");
		assertEquals(0, given.exitCode(), given.err());
		assertFalse(given.err().contains(NOTE), given.err());
		assertEquals(TEM, VolumeFiles.read(out4.toString()).voxelSize(), "the labels carry the given size");
		CsvTable rows1 = CsvTables.read(table1), rows4 = CsvTables.read(table4);
		assertEquals(rows1.rows().size(), rows4.rows().size());
		assertTrue(rows4.rows().size() >= 2, "cells found");
		for (int i = 0; i < rows1.rows().size(); i++) {
			double z1 = Double.parseDouble(rows1.text(i, "centroid_z_nm")), z4 = Double.parseDouble(rows4.text(i, "centroid_z_nm"));
			double x4 = Double.parseDouble(rows4.text(i, "centroid_x_nm")), x = Double.parseDouble(rows4.text(i, "centroid_x"));
			assertEquals(40 * z1, z4, 1e-9, "z in nm: 40 nm sections");
			assertEquals(4 * x, x4, 1e-9, "x in nm: 4 nm pixels");
		}
	}

	@Test
	void infoSaysWhenAFileRecordsNoVoxelSize() throws Exception {
		CliRun none = CliRun.of("info", tif("none.tif", cells(), VoxelSize.UNIT).toString());
		assertTrue(none.out().contains("voxel size: none recorded (1 nm assumed)"), none.out());
		CliRun tem = CliRun.of("info", tif("tem.tif", cells(), TEM).toString());
		assertTrue(tem.out().contains("voxel size: 4.0 x 4.0 x 40.0 nm"), tem.out());
	}

	@Test
	void theGivenSizeReplacesARecordedOne() throws Exception {
		Path map = tif("map.tif", cells(), VoxelSize.isotropic(8));
		Path out = dir.resolve("seg.tif");
		CliRun r = CliRun.of("segment", "--prob", map.toString(), "--invert", "-o", out.toString(), "--voxel-size", "5");
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(VoxelSize.isotropic(5), VolumeFiles.read(out.toString()).voxelSize());
		CliRun recorded = CliRun.of("segment", "--prob", map.toString(), "--invert", "-o", dir.resolve("seg8.tif").toString());
		assertFalse(recorded.err().contains(NOTE), "8 nm is recorded: " + recorded.err());
	}

	@Test
	void aBadSizeIsRefusedNamingTheOptionAndNothingIsWritten() throws Exception {
		Path map = tif("map.tif", cells(), VoxelSize.UNIT);
		for (String bad : List.of("4,x,40", "4,4", "0,4,40", "-4", "4,4,inf")) {
			Path out = dir.resolve("seg.tif");
			CliRun r = CliRun.of("segment", "--prob", map.toString(), "-o", out.toString(), "--voxel-size", bad);
			assertEquals(2, r.exitCode(), bad + ": " + r.err());
			assertTrue(r.err().contains("--voxel-size '" + bad + "'"), r.err());
			assertFalse(Files.exists(out), bad);
		}
		Path folder = dir.resolve("run");
		CliRun run = CliRun.of("run", map.toString(), "-o", folder.toString(), "--intensity-membranes", "--voxel-size", "4;4;40");
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("--voxel-size '4;4;40'"), run.err());
		assertFalse(Files.exists(folder));
	}

	@Test
	void synapsesOnUncalibratedMapsWithTheSizeGivenEqualTheCalibratedRun() throws Exception {
		CliRun calibrated = synapses("cal", TEM);
		CliRun given = synapses("uncal", VoxelSize.UNIT, "--voxel-size", "4,4,40");
		CliRun unit = synapses("unit", VoxelSize.UNIT);
		assertEquals(0, calibrated.exitCode(), calibrated.err());
		assertEquals(0, given.exitCode(), given.err());
		assertEquals(0, unit.exitCode(), unit.err());
		assertEquals(Files.readAllLines(dir.resolve("cal/out/synapses.csv")), Files.readAllLines(dir.resolve("uncal/out/synapses.csv")));
		assertEquals(2, Files.readAllLines(dir.resolve("cal/out/synapses.csv")).size());
		assertFalse(given.err().contains(NOTE), given.err());
		assertTrue(unit.err().contains(NOTE) && unit.err().contains("c.tif"), unit.err());
		assertFalse(Files.readAllLines(dir.resolve("cal/out/synapses.csv")).equals(Files.readAllLines(dir.resolve("unit/out/synapses.csv"))),
			"positions in nm differ at 1 nm per voxel");
	}

	private CliRun synapses(String name, VoxelSize size, String... more) throws Exception {
		Path d = Files.createDirectories(dir.resolve(name));
		String c = tifIn(d, "c.tif", SynapseFixture.cleft(), size), v = tifIn(d, "v.tif", SynapseFixture.vesicles(1), size);
		String s = tifIn(d, "s.tif", SynapseFixture.segments(1, 2), size);
		List<String> args = new java.util.ArrayList<>(List.of("synapses", "--clefts", c, "--vesicles", v, "--segments", s, "-o",
			d.resolve("out").toString(), "--min-cleft-voxels", "10", "--side-distance-nm", "32", "--threads", "1"));
		args.addAll(List.of(more));
		return CliRun.of(args.toArray(String[]::new));
	}

	private static String tifIn(Path d, String name, RandomAccessibleInterval<? extends RealType<?>> data, VoxelSize size) throws Exception {
		Path p = d.resolve(name);
		TiffStacks.write(new Volume<>(data, size), p, TiffOptions.DEFAULT);
		return p.toString();
	}

	@Test
	void runStoresTheGivenSizeAndNotesAnUnrecordedOne() throws Exception {
		Path input = tif("cells.tif", cells(), VoxelSize.UNIT);
		Path given = dir.resolve("given"), unit = dir.resolve("unit");
		CliRun r = CliRun.of("run", input.toString(), "-o", given.toString(), "--block-size", "8,8,2", "--intensity-membranes",
			"--threads", "2", "--voxel-size", "4,4,40", "--no-skeletons");
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(TEM, VolumeFiles.read(given.resolve("volume.n5") + ":/raw").voxelSize());
		assertTrue(Files.readString(given.resolve("volume.xml")).contains("<size>4.0 4.0 40.0</size>"), "BigDataViewer's calibration");
		assertFalse(r.out().contains(NOTE), r.out());
		assertTrue(r.out().contains("--per-section"), "the 10 times thicker sections are seen: " + r.out());
		CliRun u = CliRun.of("run", input.toString(), "-o", unit.toString(), "--block-size", "8,8,2", "--intensity-membranes",
			"--threads", "2", "--no-skeletons");
		assertEquals(0, u.exitCode(), u.err());
		assertTrue(u.out().contains("hint: ") && u.out().contains(NOTE), u.out());
		assertTrue(Files.readString(unit.resolve("report.md")).contains(NOTE), "the report keeps the note");
	}

	@Test
	void bigDataViewerExportDeclaresTheGivenSize() throws Exception {
		Path em = tif("em.tif", cells(), VoxelSize.UNIT);
		Path xml = dir.resolve("em.xml");
		CliRun r = CliRun.of("bdv-export", "--em", em.toString(), "-o", xml.toString(), "--voxel-size", "4,4,40");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.readString(xml).contains("<size>4.0 4.0 40.0</size>"), Files.readString(xml));
		assertFalse(r.err().contains(NOTE), r.err());
		CliRun unit = CliRun.of("bdv-export", "--em", em.toString(), "-o", dir.resolve("unit.xml").toString());
		assertTrue(unit.err().contains(NOTE) && unit.err().contains("em.tif"), unit.err());
	}
}
