package connectomej.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.ij1.SectionMontage;
import connectomej.io.AtomicFiles;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.metrics.SegmentationScores;
import connectomej.pipeline.PipelineDatasets;
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
 * {@code sample-data/}, runs the fast pass on it (membranes, watershed, agglomeration, skeletons, BigDataViewer
 * export), scores the segments and a threshold baseline against the ground truth, and writes a short report with a
 * montage of sections.
 */
@Command(name = "demo", description = "Run the main job on the bundled synthetic sample and write a report.")
final class DemoSubcommand implements Callable<Integer> {

	static final Path SAMPLE_DATA = Path.of("sample-data", "synthetic-tem");

	/** Intensity threshold of the baseline segmentation (cytoplasm is light, membranes dark). */
	static final double BASELINE_THRESHOLD = 110;

	@Option(names = { "-o", "--output" }, defaultValue = "connectomej-results/demo", description = "output folder, default ${DEFAULT-VALUE}")
	Path output;

	/**
	 * Fast-pass settings for the anisotropic sample: 2D watershed per section, linked by agglomeration; seeds, seed
	 * distance and merge threshold chosen with the shipped membrane model on a separate synthetic volume (seed 41),
	 * never on the sample (see ACCURACY.md).
	 */
	static final List<String> FAST_PASS_OPTIONS = List.of("--per-section", "--seed-threshold", "0.3", "--threshold", "0.38",
		"--min-seed-distance", "12");

	@Option(names = "--run-options", paramLabel = "\"OPTIONS\"", description = "extra options for the fast pass, as for `run`, e.g. \"--seed-threshold 0.3\"")
	String runOptions;

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
		Path run = output.resolve("run");
		List<String> runArgs = new ArrayList<>(List.of(sampleDir.resolve("raw.tif").toString(), "-o", run.toString(), "--overwrite",
			"--threads", String.valueOf(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())));
		runArgs.addAll(FAST_PASS_OPTIONS);
		runArgs.addAll(DemoSlowPass.runOptions());
		if (runOptions != null)
			runArgs.addAll(List.of(runOptions.trim().split("\\s+")));
		int code = new picocli.CommandLine(new RunSubcommand()).setExecutionExceptionHandler(new ErrorReport())
			.execute(runArgs.toArray(String[]::new));
		if (code != 0)
			return code;
		var segments = N5Images.open(N5Store.open(run.resolve("volume.n5")), PipelineDatasets.SEGMENTS, new UnsignedLongType());
		SegmentationScores fastPass = SegmentationScores.evaluate(segments, sample.neurons().data());
		var labels = ArrayImgs.unsignedLongs(sample.raw().dimensions());
		long objects = ThresholdBaseline.segment(sample.raw().data(), BASELINE_THRESHOLD, labels);
		SegmentationScores baseline = SegmentationScores.evaluate(labels, sample.neurons().data());
		List<TableRow> rows = new ArrayList<>();
		rows.add(new TableRow("fast pass: segments", fastPass.segmentLabels(), ""));
		rows.addAll(prefixed("fast pass: ", fastPass.toTableRows()));
		rows.add(new TableRow("baseline: objects", objects, ""));
		rows.addAll(prefixed("baseline: ", baseline.toTableRows()));
		List<TableRow> slowPass = DemoSlowPass.score(run, sample, sampleDir.resolve("synapses.csv"));
		rows.addAll(slowPass);
		System.out.print(TableRow.format(rows));
		String json = "{\"fast_pass\": " + fastPass.toJson() + ", \"baseline\": " + baseline.toJson() + "}\n";
		AtomicFiles.write(output.resolve("evaluation.json"), tmp -> Files.writeString(tmp, json));
		SectionMontage.savePng(SectionMontage.render(sample.raw().data(), sample.neurons().data(), 0, 15, 31), output.resolve("montage.png"));
		writeReport(sample, check, rows);
		System.out.println("results: " + output.toAbsolutePath().normalize());
		return 0;
	}

	private static List<TableRow> prefixed(String prefix, List<TableRow> rows) {
		return rows.stream().filter(r -> r.name().startsWith("VOI (gt 0") || r.name().startsWith("adapted Rand error") || r.name().startsWith("CREMI score")
			|| r.name().startsWith("V_rand (") || r.name().startsWith("V_info ("))
			.map(r -> new TableRow(prefix + r.name(), r.value(), r.unit())).toList();
	}

	private void writeReport(SyntheticVolume sample, String check, List<TableRow> rows) throws java.io.IOException {
		String md = "# ConnectomeJ demo\n\n"
			+ "Synthetic serial-section TEM sample, 256 x 256 x 32 voxels of 4 x 4 x 40 nm, seed 1.\n\n"
			+ check + "\n\n## Ground truth\n\n```\n" + SynthStatistics.of(sample).report() + "\n```\n\n"
			+ "![sections 0, 15, 31: EM on top, ground-truth outlines below](montage.png)\n\n"
			+ "## Segmentation against ground truth\n\n"
			+ "Fast pass: the shipped membrane model, seeded watershed and agglomeration block by block through "
			+ "`run/volume.n5` (see `run/report.md`; `run/volume.xml` opens in BigDataViewer). Baseline: threshold at "
			+ BASELINE_THRESHOLD + " + 3D connected components, a yardstick.\n\n```\n"
			+ TableRow.format(rows) + "```\n\n## Slow-pass steps against ground truth\n\n"
			+ "Synapses: the shipped light cleft and vesicle nets (`models/cleft-light.zip`, `models/vesicle-light.zip`) and the "
			+ "synapse rules on the fast pass's segments (`run/synapses.csv`, `run/connectome.csv`), scored against the sample's "
			+ "`synapses.csv` and cleft mask; partner ids mapped to neurons by maximum overlap. MergeNet "
			+ "(`models/mergenet-synthetic.zip`, windows on skeleton points): `run/merge_candidates.csv`; a true merge is a "
			+ "segment whose second-largest neuron overlap is at least max(1000 voxels, 10%). Variance map (infer-noise): "
			+ "dataset `variance` and `run/object_uncertainty.csv`. The rows above starting with \"synapse\", \"CREMI\", "
			+ "\"partner\" and \"MergeNet\" are these scores.\n";
		AtomicFiles.write(output.resolve("report.md"), tmp -> Files.writeString(tmp, md));
	}
}
