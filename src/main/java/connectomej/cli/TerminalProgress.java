package connectomej.cli;

import java.io.PrintStream;

import connectomej.progress.ProgressListener;

/**
 * A progress bar on the terminal: {@code generating [#########.........]  45%  ETA 0:12}.
 * <p>
 * Redraws in place on an interactive terminal; otherwise prints a line at each tenth, so logs stay readable.
 */
final class TerminalProgress implements ProgressListener {

	private static final int WIDTH = 30;
	private final PrintStream out;
	private final boolean interactive;
	private String stage;
	private long stageStart;
	private long lastDraw;
	private int lastTenth = -1;

	TerminalProgress(PrintStream out, boolean interactive) {
		this.out = out;
		this.interactive = interactive;
	}

	/** A bar on standard error, redrawn in place when a console is attached. */
	static TerminalProgress onStderr() {
		return new TerminalProgress(System.err, System.console() != null);
	}

	@Override
	public synchronized void progress(String newStage, long done, long total) {
		long now = System.nanoTime();
		if (!newStage.equals(stage)) {
			finishLine();
			stage = newStage;
			stageStart = now;
			lastTenth = -1;
		}
		if (interactive)
			drawInPlace(done, total, now);
		else
			printTenths(done, total, now);
	}

	/** Ends the current bar with a newline. */
	synchronized void finishLine() {
		if (stage != null && interactive)
			out.println();
		stage = null;
	}

	private void drawInPlace(long done, long total, long now) {
		if (done < total && now - lastDraw < 100_000_000L)
			return;
		lastDraw = now;
		out.print("\r" + line(done, total, now));
		out.flush();
	}

	private void printTenths(long done, long total, long now) {
		int tenth = (int) (10 * done / total);
		if (tenth == lastTenth)
			return;
		lastTenth = tenth;
		out.println(line(done, total, now));
	}

	String line(long done, long total, long now) {
		int filled = (int) (WIDTH * done / total);
		String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
		return String.format("%-14s [%s] %3d%%  %s", stage, bar, 100 * done / total, eta(done, total, now));
	}

	private String eta(long done, long total, long now) {
		double elapsed = (now - stageStart) / 1e9;
		if (done == total)
			return "done in " + clock(elapsed);
		if (done == 0)
			return "ETA --:--";
		return "ETA " + clock(elapsed * (total - done) / done);
	}

	static String clock(double seconds) {
		long s = Math.round(seconds);
		return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
	}
}
