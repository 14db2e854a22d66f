package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the bundled sample, as {@code ./connectomej demo} runs it. */
class DemoTest {

	@Test
	void demoRegeneratesTheBundledSampleByteForByteAndScoresIt(@TempDir Path tmp) throws Exception {
		CliRun run = CliRun.of("demo", "-o", tmp.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertArrayEquals(new String[0], SampleComparison.differences(tmp.resolve("sample"), DemoSubcommand.SAMPLE_DATA),
			"regenerated files equal sample-data/ byte for byte");
		assertTrue(run.out().contains("byte-identical"), run.out());
		assertTrue(Files.readString(tmp.resolve("evaluation.json")).contains("\"adapted_rand\""), "evaluation written");
		assertTrue(Files.size(tmp.resolve("montage.png")) > 10_000, "montage written");
		assertTrue(Files.readString(tmp.resolve("report.md")).contains("montage.png"));
	}
}
