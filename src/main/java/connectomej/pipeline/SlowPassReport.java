package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import connectomej.io.AtomicFiles;

/** Appends the slow-pass section to the run's {@code report.md}: one line per step and the files it wrote. */
final class SlowPassReport {

	private SlowPassReport() {}

	/**
	 * @param summary one line per step, from {@link SlowPassStep#summary}; nothing is appended when empty
	 */
	static void append(OutputFolder folder, List<String> summary) throws IOException {
		if (summary.isEmpty())
			return;
		String text = Files.readString(folder.report()) + markdown(summary);
		AtomicFiles.write(folder.report(), tmp -> Files.writeString(tmp, text));
	}

	static String markdown(List<String> summary) {
		StringBuilder s = new StringBuilder("\n## Slow-pass steps\n\nTheir stages are in the table above; their settings in `slowpass/`.\n\n");
		for (String line : summary)
			s.append("- ").append(line).append('\n');
		s.append("\nFiles: `synapses.csv` (id, position in voxels and nm, cleft size, confidence, pre, post), `connectome.csv` ")
				.append("and `connectome.graphml` (directed, weighted by synapse count), `merge_candidates.csv` (MergeNet, ")
				.append("ranked), `object_uncertainty.csv` (mean variance per segment); datasets `clefts`, `vesicles`, ")
				.append("`synapse-labels`, `variance` in `volume.n5`, as far as the steps ran.\n");
		return s.toString();
	}
}
