package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import connectomej.io.AtomicFiles;

/** The run's {@code report.md}: settings, stage table with times, counts and throughput, and the output layout. */
final class PipelineReport {

	private PipelineReport() {}

	static void write(PipelineSettings settings, PipelineModel model, OutputFolder folder) throws IOException {
		String text = markdown(settings, model);
		AtomicFiles.write(folder.report(), tmp -> Files.writeString(tmp, text));
	}

	static String markdown(PipelineSettings settings, PipelineModel model) {
		long[] d = model.dimensions();
		long voxels = d[0] * d[1] * d[2];
		StringBuilder s = new StringBuilder("# ConnectomeJ fast pass\n\n");
		s.append(String.format(Locale.ROOT, "Volume: %d x %d x %d voxels (x, y, z), %s%s.%n%n", d[0], d[1], d[2], model.voxelSize(),
				model.resumed() ? "; resumed an interrupted run" : ""));
		s.append("## Settings\n\n");
		for (String line : settings.describe().split("\n"))
			s.append("- ").append(line).append('\n');
		s.append("\n## Stages\n\n| stage | blocks | computed | done before | seconds |\n|---|---:|---:|---:|---:|\n");
		for (StageReport r : model.stages())
			s.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f |%n", r.stage(), r.blocks(), r.computed(), r.skipped(), r.seconds()));
		double seconds = model.stages().stream().filter(r -> !r.stage().equals(BigDataViewerStage.STAGE) && !SlowPassStages.STAGES.contains(r.stage())).mapToDouble(StageReport::seconds).sum();
		s.append(String.format(Locale.ROOT, "%nFast pass %.1f s (without the export and slow-pass steps): %.2f Mvoxel/s, %.2f GB/hour of 8-bit data.%n%n", seconds,
				seconds > 0 ? voxels / seconds / 1e6 : 0, seconds > 0 ? voxels / seconds * 3600 / 1e9 : 0));
		s.append(String.format(Locale.ROOT, "Supervoxels: %d. Segments: %d.%n%n", model.supervoxels(), model.segments()));
		for (String hint : model.hints())
			s.append("Hint: ").append(hint).append("\n\n");
		s.append("## Files\n\n- `volume.n5`: datasets raw, membranes, supervoxels, segments (and BigDataViewer setups)\n"
				+ "- `objects.csv`: one row per segment\n- `skeletons/`: one SWC file per segment\n"
				+ "- `volume.xml`: open in Fiji with Plugins > BigDataViewer > Open XML/HDF5\n");
		return s.toString();
	}
}
