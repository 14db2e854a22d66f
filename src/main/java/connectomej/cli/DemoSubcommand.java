package connectomej.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.ij1.SectionMontage;
import connectomej.io.AtomicFiles;
import connectomej.metrics.SegmentationScores;
import connectomej.metrics.TableRow;
import connectomej.segment.ThresholdBaseline;
import connectomej.synth.SynthStatistics;
import connectomej.synth.SyntheticVolume;
import connectomej.synth.SyntheticVolumeFiles;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej demo}: the main job on the bundled sample. Regenerates the synthetic sample, checks it against
 * {@code sample-data/}, segments it and scores the result against its ground truth, and writes a short report with
 * a montage of sections.
 */
@Command(name = "demo", description = "Run the main job on the bundled synthetic sample and write a report.")
final class DemoSubcommand implements Callable<Integer> {

	static final Path SAMPLE_DATA = Path.of("sample-data", "synthetic-tem");

	/** Intensity threshold of the baseline segmentation (cytoplasm is light, membranes dark). */
	static final double BASELINE_THRESHOLD = 110;

	@Option(names = { "-o", "--output" }, defaultValue = "connectomej-results/demo", description = "output folder, default ${DEFAULT-VALUE}")
	Path output;

	@Option(names = "--threads", defaultValue = "0", description = "worker threads, 0 = all cores")
	int threads;

	@Override
	public Integer call() throws Exception {
		Files.createDirectories(output);
		SyntheticVolume sample = SynthSubcommand.generate(SynthSubcommand.SAMPLE, threads, TerminalProgress.onStderr());
		Path sampleDir = output.resolve("sample");
		SyntheticVolumeFiles.write(sample, sampleDir);
		String check = SampleComparison.describe(sampleDir, SAMPLE_DATA);
		System.out.println(check);
		var labels = ArrayImgs.unsignedLongs(sample.raw().dimensions());
		long objects = ThresholdBaseline.segment(sample.raw().data(), BASELINE_THRESHOLD, labels);
		SegmentationScores scores = SegmentationScores.evaluate(labels, sample.neurons().data());
		List<TableRow> rows = new ArrayList<>(List.of(new TableRow("baseline objects", objects, "")));
		rows.addAll(scores.toTableRows());
		System.out.print(TableRow.format(rows));
		AtomicFiles.write(output.resolve("evaluation.json"), tmp -> Files.writeString(tmp, scores.toJson() + "\n"));
		SectionMontage.savePng(SectionMontage.render(sample.raw().data(), sample.neurons().data(), 0, 15, 31), output.resolve("montage.png"));
		writeReport(sample, check, rows);
		System.out.println("results: " + output.toAbsolutePath().normalize());
		return 0;
	}

	private void writeReport(SyntheticVolume sample, String check, List<TableRow> rows) throws java.io.IOException {
		String md = "# ConnectomeJ demo\n\n"
			+ "Synthetic serial-section TEM sample, 256 x 256 x 32 voxels of 4 x 4 x 40 nm, seed 1.\n\n"
			+ check + "\n\n## Ground truth\n\n```\n" + SynthStatistics.of(sample).report() + "\n```\n\n"
			+ "![sections 0, 15, 31: EM on top, ground-truth outlines below](montage.png)\n\n"
			+ "## Baseline segmentation against ground truth\n\n"
			+ "Threshold at " + BASELINE_THRESHOLD + " + 3D connected components (a yardstick, not the fast pass).\n\n```\n"
			+ TableRow.format(rows) + "```\n";
		AtomicFiles.write(output.resolve("report.md"), tmp -> Files.writeString(tmp, md));
	}
}
