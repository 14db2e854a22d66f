package connectomej.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** Runs the command line in-process, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

	static synchronized CliRun of(String... args) {
		PrintStream oldOut = System.out, oldErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true));
			System.setErr(new PrintStream(err, true));
			int code = Main.run(args);
			return new CliRun(code, out.toString(), err.toString());
		}
		finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
	}

	/** The error output without blank lines. */
	String[] errLines() {
		return err.lines().filter(l -> !l.isBlank()).toArray(String[]::new);
	}
}
