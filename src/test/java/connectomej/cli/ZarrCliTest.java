package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on the Zarr fixtures of {@code src/test/resources/zarr} (written by zarr-python). */
class ZarrCliTest {

	@TempDir
	Path tmp;

	private static String store(String name) throws URISyntaxException {
		return Path.of(ZarrCliTest.class.getResource("/zarr/" + name).toURI()).toString();
	}

	@Test
	void infoDescribesStoresAndOmeZarrLevels() throws Exception {
		CliRun run = CliRun.of("info", store("nested.zarr"), store("image.ome.zarr"));
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Zarr v2 store, 2 arrays"), run.out());
		assertTrue(run.out().contains("/volume/labels: 3 x 13 x 21 (z, y, x) uint64 (<u8), chunks 2 x 8 x 16, gzip"), run.out());
		assertTrue(run.out().contains("level 0 /0: 1 x 1 x 3 x 13 x 21 (t, c, z, y, x) uint8"), run.out());
		assertTrue(run.out().contains("voxel size 4.0 x 4.0 x 40.0 nm"), run.out());
	}

	@Test
	void evaluateReadsZarrLabels() throws Exception {
		String labels = store("nested.zarr") + ":/volume/labels";
		Path json = tmp.resolve("scores.json");
		CliRun run = CliRun.of("evaluate", "--seg", labels, "--gt", labels, "-o", json.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("voxels                    819"), run.out()); // 21 x 13 x 3
		assertTrue(run.out().contains("VOI sum                   0 bits"), run.out());
		assertTrue(Files.isRegularFile(json));
	}

	@Test
	void aZarrOutputIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path out = tmp.resolve("out.zarr");
		CliRun run = CliRun.of("segment", "--prob", store("arrays.zarr") + ":/float32_zstd", "-o", out + ":/seg");
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("is a Zarr store, which is read here, never written"), run.err());
		assertFalse(Files.exists(out));
	}
}
