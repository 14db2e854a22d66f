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
		String json = Files.readString(tmp.resolve("evaluation.json"));
		double fastPass = adaptedRandError(json, "fast_pass"), baseline = adaptedRandError(json, "baseline");
		assertTrue(fastPass < 0.5 && fastPass < baseline, "fast pass " + fastPass + " beats the threshold baseline " + baseline);
		assertTrue(Files.exists(tmp.resolve("run/volume.xml")), "BigDataViewer export");
		assertTrue(Files.size(tmp.resolve("montage.png")) > 10_000, "montage written");
		assertTrue(Files.readString(tmp.resolve("report.md")).contains("montage.png"));
		for (String slowPass : new String[] { "synapses.csv", "connectome.csv", "connectome.graphml", "merge_candidates.csv",
				"object_uncertainty.csv", "volume.n5/synapse-labels/attributes.json", "volume.n5/variance/attributes.json" })
			assertTrue(Files.isRegularFile(tmp.resolve("run").resolve(slowPass)), "slow-pass output " + slowPass);
		assertTrue(Files.readString(tmp.resolve("report.md")).contains("CREMI partners @ 250 nm F1"), "partner scores in the report");
		assertTrue(Files.readString(tmp.resolve("run/report.md")).contains("## Slow-pass steps"));
	}

	private static double adaptedRandError(String json, String part) {
		var m = java.util.regex.Pattern.compile("\"" + part + "\": \\{.*?\"adapted_rand\": \\{\"error\": ([0-9.eE-]+)").matcher(json);
		assertTrue(m.find(), part + " in " + json);
		return Double.parseDouble(m.group(1));
	}
}
