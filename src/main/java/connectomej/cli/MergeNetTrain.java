package connectomej.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.io.BadInputException;
import connectomej.merge.LabelGrid;
import connectomej.merge.MedialSamples;
import connectomej.merge.MergeExamples;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.merge.MergeNetTraining;
import connectomej.merge.MergeScores;
import connectomej.merge.SyntheticNeurites;
import connectomej.merge.WindowSet;
import connectomej.merge.WindowShape;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.volume.VoxelSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code connectomej mergenet train}: trains a 3D MergeNet without manual labels, from segmentations believed
 * correct and / or synthetic neurites; 10% of the windows are held out for the validation AUC stored in the model.
 */
@Command(name = "train", description = "Train a 3D MergeNet from correct segmentations (no manual labels).")
final class MergeNetTrain implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--labels", paramLabel = "LOCATION", description = "a segmentation believed correct (repeatable)")
	List<String> labels = new ArrayList<>();

	@Option(names = "--synthetic", defaultValue = "0", description = "synthetic neurite volumes to add (default ${DEFAULT-VALUE})")
	int synthetic;

	@Option(names = "--window", defaultValue = "48", description = "window extent in voxels: one size or x,y,z (default ${DEFAULT-VALUE})")
	String window;

	@Option(names = "--grid", defaultValue = "24", description = "network input cells per axis (default ${DEFAULT-VALUE})")
	int grid;

	@Option(names = "--min-voxels", defaultValue = "1000", description = "skip smaller objects (default ${DEFAULT-VALUE})")
	long minVoxels;

	@Option(names = "--per-object", defaultValue = "6", description = "windows per object, at most (default ${DEFAULT-VALUE})")
	int perObject;

	@Option(names = "--per-pair", defaultValue = "4", description = "windows per touching pair, at most (default ${DEFAULT-VALUE})")
	int perPair;

	@Option(names = "--epochs", defaultValue = "8", description = "(default ${DEFAULT-VALUE})")
	int epochs;

	@Option(names = "--batch", defaultValue = "32", description = "(default ${DEFAULT-VALUE})")
	int batch;

	@Option(names = "--seed", defaultValue = "1", description = "(default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = { "-o", "--model" }, required = true, paramLabel = "FILE", description = "the model .zip to write")
	Path model;

	@Override
	public Integer call() throws Exception {
		WindowShape shape = MergeNetInputs.shape(MergeNetInputs.extent(window), grid);
		MergeNet.Settings net = MergeNet.Settings.volume(grid, seed);
		checkGrid(net);
		if (labels.isEmpty() && synthetic <= 0)
			throw new BadInputException(null, "give --labels and/or --synthetic N: there is nothing to train on");
		MergeExamples.Settings examples = new MergeExamples.Settings(shape, minVoxels, perObject, perPair, seed);
		long start = System.nanoTime();
		List<LabelGrid> volumes = volumes();
		WindowSet all = WindowSet.empty(grid, 3);
		for (LabelGrid v : volumes)
			all.addAll(MergeExamples.of(v, examples, new MedialSamples()));
		if (all.size() < 10)
			throw new BadInputException(null, "only " + all.size() + " training windows: objects too small for the window or no touching pairs");
		all = all.shuffled(seed);
		int validation = all.size() / 10;
		System.out.printf("training windows: %d, validation windows: %d (made in %.1f s)%n", all.size() - validation, validation,
				(System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		ComputationGraph network = MergeNet.create(net);
		MergeNetTraining.train(network, all.range(validation, all.size()), new MergeNetTraining.Settings(epochs, batch, seed),
				TerminalProgress.onStderr());
		System.out.printf("trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
		MergeScores scores = MergeScores.of(MergeNetTraining.score(network, all.range(0, validation), 64), all.range(0, validation));
		System.out.println("validation: " + scores);
		VoxelSize vs = volumes.get(0).voxelSize();
		ModelInfo info = MergeNetModels.info(3, shape.extent(), grid, vs, new ModelInfo.Training(String.join(" + ", sources()),
				"connectomej mergenet train " + String.join(" ", spec.commandLine().getParseResult().originalArgs())),
				Map.of("validation_auc", scores.auc(), "validation_accuracy", scores.accuracy()));
		ModelFiles.save(model, network, info, false);
		System.out.println("wrote " + model);
		return 0;
	}

	private void checkGrid(MergeNet.Settings net) {
		try {
			MergeNet.configuration(net);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, "--grid " + grid + ": " + e.getMessage());
		}
	}

	private List<LabelGrid> volumes() throws Exception {
		List<LabelGrid> volumes = new ArrayList<>();
		for (String l : labels)
			volumes.add(MergeNetInputs.labels(l));
		for (int i = 0; i < synthetic; i++)
			volumes.add(SyntheticNeurites.generate(new SyntheticNeurites.Settings(new int[] { 96, 96, 96 }, 40, 3, 8, seed + i)));
		return volumes;
	}

	private List<String> sources() {
		List<String> s = new ArrayList<>(labels);
		if (synthetic > 0)
			s.add(synthetic + " synthetic neurite volumes of 96^3 (seeds " + seed + "..)");
		return s;
	}
}
