package connectomej.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code connectomej} command line: one subcommand per user action.
 * <p>
 * Exit codes: 0 success, 1 unexpected failure, 2 bad input (a missing, truncated or malformed file, a dataset
 * that is not there, mismatched shapes, an invalid option), 130 canceled.
 */
@Command(name = "connectomej", mixinStandardHelpOptions = true, versionProvider = Version.class,
	description = "Reconstruct neural circuits from electron-microscopy volumes.",
	subcommands = { DemoSubcommand.class, SynthSubcommand.class, EvaluateSubcommand.class, InfoSubcommand.class,
		TrainSubcommand.class, PredictSubcommand.class, SegmentSubcommand.class, SectionScoreSubcommand.class, RunSubcommand.class, SynapsesSubcommand.class, MergeNetSubcommand.class, UncertaintySubcommand.class, TrackSubcommand.class, BdvExportSubcommand.class, ProofreadSaveSubcommand.class, ProofreadSubcommand.class,
		CommandLine.HelpCommand.class })
public final class Main implements Runnable {

	@Override
	public void run() {
		new CommandLine(this).usage(System.out);
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command line and returns its exit code (for tests: nothing exits the JVM). */
	public static int run(String... args) {
		CommandLine cli = new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorReport());
		withHelpOptions(cli);
		return cli.execute(args);
	}

	/** Gives every subcommand, at any depth, {@code -h/--help} and {@code -V/--version}, as the top command has. */
	private static void withHelpOptions(CommandLine command) {
		for (CommandLine sub : command.getSubcommands().values()) {
			if (!sub.getCommandSpec().mixinStandardHelpOptions() && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
				sub.getCommandSpec().mixinStandardHelpOptions(true);
				sub.getCommandSpec().versionProvider(new Version());
			}
			withHelpOptions(sub);
		}
	}
}
