package connectomej.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import connectomej.io.BadInputException;
import connectomej.proofread.JournaledSession;
import connectomej.proofread.ProofreadSession;
import connectomej.proofread.SessionInputs;
import connectomej.proofread.view.ProofreadViewer;

/**
 * {@code connectomej proofread}: opens (or resumes) a journaled proofreading session and its viewer, and returns when
 * the viewer window is closed. Needs a display; on a headless machine it stops with a message before touching the
 * session folder.
 */
@Command(name = "proofread", mixinStandardHelpOptions = true,
	description = "Open the proofreading viewer on EM + segmentation (needs a display; every edit is journaled).")
final class ProofreadSubcommand implements Callable<Integer> {

	@Option(names = "--raw", required = true, paramLabel = "LOCATION", description = "EM volume")
	String raw;

	@Option(names = "--segments", required = true, paramLabel = "LOCATION", description = "segmentation to correct")
	String segments;

	@Option(names = "--membranes", paramLabel = "LOCATION", description = "membrane probability map, used by splits")
	String membranes;

	@Option(names = "--synapses", paramLabel = "CSV", description = "synapses.csv written by the synapses command")
	Path synapses;

	@Option(names = "--merge-candidates", paramLabel = "CSV", description = "MergeNet candidates (mergenet detect -o)")
	Path mergeCandidates;

	@Option(names = "--uncertainty", paramLabel = "CSV", description = "per-object uncertainty (uncertainty --objects)")
	Path uncertainty;

	@Option(names = "--session", required = true, paramLabel = "FOLDER", description = "session folder (journal, saved results)")
	Path session;

	@Override
	public Integer call() throws Exception {
		if (GraphicsEnvironment.isHeadless())
			throw new BadInputException(null, "proofread opens a window and needs a display; this Java is headless "
				+ "(no DISPLAY, or -Djava.awt.headless=true). Run it on a desktop, or under xvfb-run.");
		ProofreadSession s = JournaledSession.open(
				new SessionInputs(raw, segments, membranes, synapses, mergeCandidates, uncertainty), session);
		CountDownLatch closed = new CountDownLatch(1);
		ProofreadViewer viewer = ProofreadViewer.open(s, session.getFileName().toString(), true);
		viewer.addCloseListener(closed::countDown);
		System.out.println("proofreading " + segments + "; session " + session + " (close the window to quit)");
		closed.await();
		return 0;
	}
}
