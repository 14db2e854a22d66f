package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import connectomej.merge.LabelGrid;
import connectomej.merge.MedialSamples;
import connectomej.merge.MergeExamples;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.merge.MergeNetTraining;
import connectomej.merge.MergeScores;
import connectomej.merge.WindowSet;
import connectomej.merge.WindowShape;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej mergenet evaluate}: ROC AUC and accuracy of a model on windows made from a correct
 * segmentation: single objects against artificial merges of touching pairs (balanced).
 */
@Command(name = "evaluate", description = "ROC AUC of a MergeNet on artificial merges of touching objects of a correct segmentation.")
final class MergeNetEvaluate implements Callable<Integer> {

	@Option(names = "--model", required = true, paramLabel = "FILE")
	Path model;

	@Option(names = "--labels", required = true, paramLabel = "LOCATION", description = "a segmentation believed correct")
	String labels;

	@Option(names = "--window", description = "window extent in voxels (default: the model's)")
	String window;

	@Option(names = "--min-voxels", defaultValue = "1000", description = "skip smaller objects (default ${DEFAULT-VALUE})")
	long minVoxels;

	@Option(names = "--per-object", defaultValue = "6", description = "(default ${DEFAULT-VALUE})")
	int perObject;

	@Option(names = "--per-pair", defaultValue = "4", description = "(default ${DEFAULT-VALUE})")
	int perPair;

	@Option(names = "--seed", defaultValue = "7", description = "(default ${DEFAULT-VALUE})")
	long seed;

	@Override
	public Integer call() throws Exception {
		WindowShape shape = MergeNetModels.window(ModelFiles.readInfo(model), MergeNetInputs.extent(window), model);
		LabelGrid grid = MergeNetInputs.labels(labels);
		StoredModel stored = ModelFiles.load(model, MergeNet.TASK, 1);
		WindowSet windows = MergeExamples.of(grid, new MergeExamples.Settings(shape, minVoxels, perObject, perPair, seed),
				new MedialSamples());
		if (windows.size() == 0)
			throw new connectomej.io.BadInputException(null, labels + ": no windows: objects too small for the window or no touching pairs");
		double[] scores = MergeNetTraining.score(stored.network(), windows, 64);
		System.out.println(labels + ": " + MergeScores.of(scores, windows));
		return 0;
	}
}
