package connectomej.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

import connectomej.nn.MembraneTrainer;

/**
 * One line per training epoch on the terminal:
 * {@code epoch  3/40 [###.........]  loss 0.3121  val F1 0.874  AUC 0.951  ETA 12:30}.
 */
final class TrainingLog implements Consumer<MembraneTrainer.Progress> {

	private static final int WIDTH = 20;
	private final PrintStream out;
	private double bestF1 = -1;

	TrainingLog(PrintStream out) {
		this.out = out;
	}

	@Override
	public void accept(MembraneTrainer.Progress p) {
		out.println(line(p));
		out.flush();
	}

	String line(MembraneTrainer.Progress p) {
		int filled = WIDTH * p.epoch() / Math.max(1, p.epochs());
		boolean best = p.validationF1() > bestF1;
		bestF1 = Math.max(bestF1, p.validationF1());
		return String.format("epoch %3d/%d [%s]  loss %.4f  val F1 %.4f  AUC %.4f%s  ETA %s", p.epoch(), p.epochs(),
				"#".repeat(filled) + ".".repeat(WIDTH - filled), p.loss(), p.validationF1(), p.validationAuc(),
				best ? " *" : "  ", TerminalProgress.clock(p.eta().toSeconds()));
	}
}
