package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

/**
 * Bad input on the command line: one clear line naming the file and the problem, exit code 2, nothing written.
 */
class BadInputTest {

	private static final Path GALA = Path.of("../shared/data/gala_fibsem/test.h5");
	private static final Path SNEMI = Path.of("../shared/data/snemi_mini/train-labels.tif");

	@TempDir
	Path tmp;

	private Path json() {
		return tmp.resolve("scores.json");
	}

	private void assertRefused(CliRun run, String file, String problem) {
		assertEquals(2, run.exitCode(), run.err());
		String[] lines = run.errLines();
		assertEquals(1, lines.length, run.err());
		assertTrue(lines[0].contains(file), "names the file: " + lines[0]);
		assertTrue(lines[0].contains(problem), "names the problem: " + lines[0]);
		assertFalse(Files.exists(json()), "nothing written");
		assertEquals(0, tmpFilesOtherThanInputs(), "no temporary files left");
	}

	private long tmpFilesOtherThanInputs() {
		try (var s = Files.list(tmp)) {
			return s.filter(p -> p.getFileName().toString().contains(".tmp")).count();
		}
		catch (IOException e) {
			throw new RuntimeException(e);
		}
	}

	private Path labelsTiff(String name, int w, int h, int d, long value) throws IOException {
		var img = ArrayImgs.unsignedShorts(w, h, d);
		img.forEach(t -> t.set((int) value));
		Path f = tmp.resolve(name);
		TiffStacks.write(new Volume<>(img, VoxelSize.UNIT), f, TiffOptions.DEFAULT);
		return f;
	}

	private Path truncated(Path source, String name) throws IOException {
		byte[] all = Files.readAllBytes(source);
		return Files.write(tmp.resolve(name), Arrays.copyOf(all, all.length * 2 / 3));
	}

	@Test
	void missingFile() throws IOException {
		Path gt = labelsTiff("gt.tif", 8, 8, 2, 1);
		Path missing = tmp.resolve("missing.tif");
		assertRefused(CliRun.of("evaluate", "--seg", missing.toString(), "--gt", gt.toString(), "-o", json().toString()),
			"missing.tif", "no such file");
	}

	@Test
	void truncatedTiff() throws IOException {
		Assumptions.assumeTrue(Files.exists(SNEMI), "../shared/data/snemi_mini absent");
		Path cut = truncated(SNEMI, "cut.tif");
		assertRefused(CliRun.of("evaluate", "--seg", cut.toString(), "--gt", SNEMI.toString(), "-o", json().toString()),
			"cut.tif", "truncated");
	}

	@Test
	void truncatedHdf5() throws IOException {
		Assumptions.assumeTrue(Files.exists(GALA), "../shared/data/gala_fibsem absent");
		Path cut = truncated(GALA, "cut.h5");
		CliRun run = CliRun.of("evaluate", "--seg", cut + ":/ws", "--gt", GALA + ":/gt", "-o", json().toString());
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.errLines()[0].contains("cut.h5"), run.err());
		assertEquals(1, run.errLines().length, run.err());
		assertFalse(Files.exists(json()));
	}

	@Test
	void datasetThatDoesNotExist() {
		Assumptions.assumeTrue(Files.exists(GALA), "../shared/data/gala_fibsem absent");
		CliRun run = CliRun.of("evaluate", "--seg", GALA + ":/nope", "--gt", GALA + ":/gt", "-o", json().toString());
		assertRefused(run, "test.h5", "/nope");
		assertTrue(run.err().contains("/gt"), "lists the datasets that exist: " + run.err());
	}

	@Test
	void mismatchedShapes() throws IOException {
		Path seg = labelsTiff("seg.tif", 8, 8, 2, 1);
		Path gt = labelsTiff("gt.tif", 8, 9, 2, 1);
		assertRefused(CliRun.of("evaluate", "--seg", seg.toString(), "--gt", gt.toString(), "-o", json().toString()),
			"seg.tif", "does not match");
	}

	@Test
	void emptyGroundTruth() throws IOException {
		Path seg = labelsTiff("seg.tif", 8, 8, 2, 1);
		Path gt = labelsTiff("gt.tif", 8, 8, 2, 0);
		assertRefused(CliRun.of("evaluate", "--seg", seg.toString(), "--gt", gt.toString(), "-o", json().toString()),
			"gt.tif", "empty");
	}

	@Test
	void infoOnMissingFile() {
		CliRun run = CliRun.of("info", tmp.resolve("nothing.h5").toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.errLines()[0].contains("nothing.h5") && run.errLines()[0].contains("no such file"), run.err());
	}

	@Test
	void goodInputWritesJson() throws IOException {
		Path seg = labelsTiff("seg.tif", 8, 8, 2, 1);
		Path gt = labelsTiff("gt.tif", 8, 8, 2, 3);
		CliRun run = CliRun.of("evaluate", "--seg", seg.toString(), "--gt", gt.toString(), "-o", json().toString());
		assertEquals(0, run.exitCode(), run.err());
		String written = Files.readString(json());
		assertTrue(written.contains("\"segmentation\""), written);
		assertTrue(run.out().toLowerCase().contains("rand"), run.out());
	}
}
