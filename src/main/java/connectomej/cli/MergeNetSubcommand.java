package connectomej.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code connectomej mergenet}: detect merge errors from object shape (MergeNet, Rolnick et al. 2017). */
@Command(name = "mergenet", description = "Detect merge errors from object shape (MergeNet): train, detect, evaluate, mnist.",
	subcommands = { MergeNetTrain.class, MergeNetDetect.class, MergeNetEvaluate.class, MergeNetMnist.class })
final class MergeNetSubcommand implements Runnable {

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}
}
