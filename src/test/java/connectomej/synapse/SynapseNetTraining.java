package connectomej.synapse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.nn.MembraneTrainer;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.UNet;
import connectomej.volume.Volume;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/**
 * Trains the per-pixel nets of issue 5 with {@link MembraneTrainer} (time-boxed by epochs x steps):
 * {@code SynapseNetTraining DATASET TASK SIZE OUT EPOCHS STEPS VALIDATION_SECTIONS}, DATASET {@code epfl} or a synthetic
 * folder, TASK {@code cleft} or {@code vesicle} (or {@code direct}: a cleft net of the baseline size), SIZE
 * {@code light} (3-level U-Net, 6 maps) or {@code large} (4-level U-Net, 32 maps). Optional
 * {@code LAST_SECTION TIME_LIMIT_MINUTES PATIENCE LEARNING_RATE}: use sections 0..LAST_SECTION only (the last VALIDATION_SECTIONS of
 * them validate and choose the epoch; later sections stay unseen) and stop at the time limit. Besides the trainer's
 * {@code best.zip} (validation pixel F1 at 0.5, ties by ROC AUC), the model of the epoch with the best validation ROC AUC
 * is kept as {@code best-auc.zip}: for a sparse class whose F1 at 0.5 stays near 0 (EPFL vesicles), AUC is the
 * criterion that means something. A resumed run (same folder) keeps both.
 */
public final class SynapseNetTraining {

	private SynapseNetTraining() {}

	public static void main(String[] args) throws IOException {
		String dataset = args[0], task = args[1];
		UNet.Settings net = args[2].equals("light") ? new UNet.Settings(2, 1, 1, 3, 6, 7, 3e-3)
				: new UNet.Settings(2, 1, 1, 4, 32, 7, 1e-3);
		if (args.length > 10)
			net = new UNet.Settings(2, 1, 1, net.levels(), net.baseWidth(), net.seed(), Double.parseDouble(args[10]));
		Volume<UnsignedByteType> raw = SynapseData.raw(dataset);
		Volume<UnsignedByteType> mask = SynapseData.mask(dataset, task.equals("vesicle") ? "vesicle" : "cleft");
		if (args.length > 7) {
			long last = Long.parseLong(args[7]);
			raw = new Volume<>(SynapseExperiment.section(raw.data(), 0, last), raw.voxelSize());
			mask = new Volume<>(SynapseExperiment.section(mask.data(), 0, last), mask.voxelSize());
		}
		Duration limit = args.length > 8 ? Duration.ofMinutes(Long.parseLong(args[8])) : null;
		int patience = args.length > 9 ? Integer.parseInt(args[9]) : 3;
		String modelTask = task.equals("vesicle") ? "vesicle" : "cleft";
		ModelInfo template = new ModelInfo(1, modelTask, 2, 1, List.of(modelTask), ModelInfo.Normalization.UNIT_RANGE,
				raw.voxelSize(), new int[] { 64, 64 }, ReceptiveField.of(UNet.configuration(net), 2).size(),
				net.sizeMultiple(), new ModelInfo.Training(dataset + " " + task, "SynapseNetTraining " + String.join(" ", args)),
				Map.of());
		MembraneTrainer.Settings s = new MembraneTrainer.Settings(64, 8, net.learningRate(), Integer.parseInt(args[4]),
				Integer.parseInt(args[5]), Integer.parseInt(args[6]), patience, 11, 0.05, Path.of(args[3]), limit);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Path kept = s.checkpoints().resolve("best-auc.zip");
			double[] bestAuc = { Files.exists(kept) ? ModelFiles.readInfo(kept).validationMetrics().get("pixel_auc") : -1 };
			new MembraneTrainer(s).train(UNet.create(net), template, raw, mask.data(), p -> {
				boolean better = p.validationAuc() > bestAuc[0];
				if (better) {
					bestAuc[0] = p.validationAuc();
					keepAsBestAuc(s.checkpoints());
				}
				System.out.printf("epoch %d/%d loss %.4f val F1 %.4f AUC %.4f%s eta %s%n", p.epoch(), p.epochs(), p.loss(),
						p.validationF1(), p.validationAuc(), better ? " (best AUC)" : "", p.eta());
			}, executor);
		} finally {
			executor.shutdownNow();
		}
	}

	/** Copies the epoch's {@code last.zip} (just written by the trainer) to {@code best-auc.zip}, atomically. */
	private static void keepAsBestAuc(Path folder) {
		try {
			Path tmp = Files.createTempFile(folder, ".best-auc-", ".tmp");
			Files.copy(folder.resolve("last.zip"), tmp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(tmp, folder.resolve("best-auc.zip"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
