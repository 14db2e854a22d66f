package connectomej.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where a {@link MembraneTrainer} run stands: epochs done, best validation F1 and the ROC AUC of that epoch, epochs
 * since it improved; kept in the checkpoint folder as {@code state.properties}. An epoch improves on the best when
 * its F1 is higher, or equal with a higher AUC: for sparse classes (clefts, vesicles) F1 at 0.5 stays 0 for the
 * first epochs and AUC then picks the model.
 */
record TrainingState(int epoch, double bestF1, double bestAuc, int badEpochs, long resumedFrom) {

	static TrainingState read(Path folder) throws IOException {
		Path file = folder.resolve("state.properties");
		if (!Files.exists(file) || !Files.exists(folder.resolve("last.zip")))
			return new TrainingState(0, -1, -1, 0, 0);
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(file)) {
			p.load(in);
		}
		int epoch = Integer.parseInt(p.getProperty("epoch"));
		return new TrainingState(epoch, Double.parseDouble(p.getProperty("best_f1")),
				Double.parseDouble(p.getProperty("best_auc", "-1")), Integer.parseInt(p.getProperty("bad_epochs")), epoch);
	}

	/** Whether an epoch scoring f1 and auc beats the best so far: higher F1, or equal F1 and higher AUC. */
	boolean improvedBy(double f1, double auc) {
		return f1 > bestF1 || f1 == bestF1 && auc > bestAuc;
	}

	TrainingState next(int epochDone, double f1, double auc, boolean better) {
		return better ? new TrainingState(epochDone, f1, auc, 0, resumedFrom)
				: new TrainingState(epochDone, bestF1, bestAuc, badEpochs + 1, resumedFrom);
	}

	void write(Path folder) {
		Properties p = new Properties();
		p.setProperty("epoch", Integer.toString(epoch));
		p.setProperty("best_f1", Double.toString(bestF1));
		p.setProperty("best_auc", Double.toString(bestAuc));
		p.setProperty("bad_epochs", Integer.toString(badEpochs));
		try {
			Path tmp = Files.createTempFile(folder, ".state-", ".tmp");
			try (var out = Files.newBufferedWriter(tmp)) {
				p.store(out, "ConnectomeJ training state");
			}
			Files.move(tmp, folder.resolve("state.properties"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
