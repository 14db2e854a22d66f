package connectomej.command;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.proofread.JournaledSession;
import connectomej.proofread.ProofreadSession;
import connectomej.proofread.SessionInputs;
import connectomej.proofread.view.ProofreadViewer;

/**
 * Proofread: opens (or resumes) a journaled proofreading session in the session folder and shows the viewer: EM
 * with segment, synapse and candidate overlays, the review queue ranked by MergeNet score and uncertainty, and the
 * merge / split / review keys. Interactive, so not headless; closing the window closes the session (every edit is
 * already journaled).
 */
@Plugin(type = Command.class, headless = false, label = "Proofread")
public class ProofreadCommand implements Command {

	@Parameter(persist = false, label = "raw", description = "EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String raw;

	@Parameter(persist = false, label = "segments", description = "segmentation to correct (neuron ids), same shape")
	String segments;

	@Parameter(persist = false, label = "membranes", required = false, description = "membrane probability map for splits (optional)")
	String membranes;

	@Parameter(persist = false, label = "synapses", required = false, description = "synapses.csv of the synapses command (optional)")
	File synapses;

	@Parameter(persist = false, label = "merge_candidates", required = false, description = "MergeNet candidates CSV (optional)")
	File merge_candidates;

	@Parameter(persist = false, label = "uncertainty", required = false, description = "per-object uncertainty CSV (optional)")
	File uncertainty;

	@Parameter(persist = false, label = "session_folder", style = "directory", description = "folder of the journal and the saved corrections")
	File session_folder;

	@Override
	public void run() {
		if (GraphicsEnvironment.isHeadless())
			throw new IllegalStateException("Proofread opens a window and needs a display (this Java is headless)");
		try {
			SessionInputs inputs = new SessionInputs(raw, segments, text(membranes), path(synapses), path(merge_candidates),
					path(uncertainty));
			ProofreadSession session = JournaledSession.open(inputs, session_folder.toPath());
			ProofreadViewer.open(session, session_folder.getName(), true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static Path path(File f) {
		return f == null || f.getPath().isBlank() ? null : f.toPath();
	}
}
