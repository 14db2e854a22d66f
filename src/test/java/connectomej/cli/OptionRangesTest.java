package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option values out of range are bad input named by option and value, refused before any file is read: every input
 * below is a file that does not exist, which the error must not be about.
 */
class OptionRangesTest {

	@TempDir
	Path dir;

	@Test
	void outOfRangeValuesAreRefusedBeforeAnyFileIsRead() {
		String in = dir.resolve("absent.tif").toString(), out = dir.resolve("out.csv").toString();
		String[][] cases = {
			{ "--top -3", "mergenet", "detect", "--model", in, "--seg", in, "-o", out, "--top", "-3" },
			{ "--min-voxels -5", "mergenet", "detect", "--model", in, "--seg", in, "-o", out, "--min-voxels", "-5" },
			{ "--min-overlap 0", "evaluate", "--synapses", in, "--synapses-gt", in, "-o", out, "--min-overlap", "0" },
			{ "--threshold 5.0", "section-score", "--prob", in, "--membrane-gt", in, "--threshold", "0.5,5" },
			{ "--min-size -3", "section-score", "--prob", in, "--membrane-gt", in, "--grow", "--min-size", "-3" },
			{ "--f1-threshold 3.0", "predict", in, "--membrane-gt", in, "--f1-threshold", "3" },
			{ "--tile-size 0", "predict", in, "-o", out, "--tile-size", "0" },
			{ "--block-depth -1", "predict", in, "-o", out, "--block-depth", "-1" },
			{ "--threads 0", "predict", in, "-o", out, "--threads", "0" },
			{ "--threads -2", "run", in, "-o", dir.resolve("run").toString(), "--threads", "-2" } };
		for (String[] c : cases) {
			CliRun run = CliRun.of(java.util.Arrays.copyOfRange(c, 1, c.length));
			assertEquals(2, run.exitCode(), run.err());
			assertTrue(run.err().contains(c[0]), "names " + c[0] + ": " + run.err());
			assertFalse(run.err().contains("absent.tif"), "reads no file first: " + run.err());
			assertFalse(Files.exists(Path.of(out)), "nothing written");
		}
		assertFalse(Files.exists(dir.resolve("run")), "no run folder");
	}

	@Test
	void aBigDataViewerExportNamedOtherThanXmlIsRefusedAndTheFileKept() throws Exception {
		Path tif = Files.writeString(dir.resolve("em.tif"), "the user's image");
		CliRun run = CliRun.of("bdv-export", "-o", tif.toString(), "--em", dir.resolve("absent.tif").toString());
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains(tif + ": a BigDataViewer export is an XML file: give a name ending in .xml"), run.err());
		assertEquals("the user's image", Files.readString(tif));
		assertFalse(Files.exists(dir.resolve("em.n5")), "no container written");
	}
}
