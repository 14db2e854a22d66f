package connectomej.uncertainty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.nn.FastPath;
import connectomej.nn.MembraneTrainer;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.TrainingDropout;
import connectomej.nn.UNet;

/**
 * Trains the membrane models of the issue-8 evaluation (not a test): a 3-level 2D U-Net (16-32-64) on the training
 * sections of ISBI 2012 or EPFL, optionally with dropout for the Monte Carlo dropout baseline. Checkpoints go to the
 * given folder ({@code best.zip} is the model); the run is time-boxed by the caller (kill it, best.zip stays).
 * <p>
 * {@code java -cp target/classes:target/test-classes:target/lib/* connectomej.uncertainty.TrainMembraneModels isbi|epfl DROPOUT FOLDER}
 */
public final class TrainMembraneModels {

	public static void main(String[] args) throws Exception {
		EvaluationData data = EvaluationData.of(args[0]);
		double dropout = Double.parseDouble(args[1]);
		Path folder = Path.of(args[2]);
		UNet.Settings s = new UNet.Settings(2, 1, 1, 3, 16, 42, 1e-3);
		var conf = UNet.configuration(s);
		if (dropout > 0)
			TrainingDropout.add(conf, dropout);
		FastPath.enableUnlessDisabledByUser();
		System.out.println("oneDNN fast path: " + FastPath.isActive());
		ComputationGraph net = new ComputationGraph(conf);
		net.init();
		String command = "TrainMembraneModels " + String.join(" ", args);
		ModelInfo template = new ModelInfo(ModelInfo.FORMAT_VERSION, "membrane", 2, 1, List.of("membrane"),
				ModelInfo.Normalization.UNIT_RANGE, data.raw().voxelSize(), new int[] { 128, 128 },
				ReceptiveField.of(UNet.configuration(s), 2).size(), s.sizeMultiple(),
				new ModelInfo.Training(data.name() + " sections 0-" + (data.firstValidation() - 1), command), Map.of());
		var settings = new MembraneTrainer.Settings(128, 8, 1e-3, 200, 40, data.validationSections(), 12, 7, 0.1, folder);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			new MembraneTrainer(settings).train(net, template, data.raw(), data.membranes(),
					p -> System.out.printf("epoch %d loss %.4f val F1 %.4f AUC %.4f%n", p.epoch(), p.loss(),
							p.validationF1(), p.validationAuc()), executor);
		} finally {
			executor.shutdownNow();
		}
	}
}
