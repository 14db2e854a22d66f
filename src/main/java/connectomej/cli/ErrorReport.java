package connectomej.cli;

import connectomej.io.BadInputException;
import connectomej.progress.CanceledException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on standard error and an exit code: 2 for bad input, 130 when canceled,
 * 1 for anything unexpected (with the stack trace when {@code CONNECTOMEJ_DEBUG} is set).
 */
final class ErrorReport implements IExecutionExceptionHandler {

	static final int BAD_INPUT = 2;
	static final int CANCELED = 130;

	@Override
	public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
		if (e instanceof BadInputException) {
			cmd.getErr().println("connectomej: error: " + e.getMessage());
			return BAD_INPUT;
		}
		if (e instanceof CanceledException) {
			cmd.getErr().println("connectomej: canceled");
			return CANCELED;
		}
		cmd.getErr().println("connectomej: unexpected failure: " + e);
		if (System.getenv("CONNECTOMEJ_DEBUG") != null)
			e.printStackTrace(cmd.getErr());
		else
			cmd.getErr().println("(set CONNECTOMEJ_DEBUG=1 for the stack trace)");
		return 1;
	}
}
