package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import connectomej.proofread.JournaledSession;
import connectomej.proofread.ProofreadSession;
import connectomej.proofread.SessionInputs;
import connectomej.synapse.Connectome;

/**
 * {@code connectomej proofread-save}: replays the journal of a proofreading session folder on its inputs and writes
 * the corrected labels, synapses and connectome into the folder, without a display.
 */
@Command(name = "proofread-save", mixinStandardHelpOptions = true,
	description = "Replay a proofreading session's journal and write labels.tif, synapses.csv, connectome.csv/.graphml into it.")
final class ProofreadSaveSubcommand implements Callable<Integer> {

	@Option(names = "--session", required = true, paramLabel = "FOLDER", description = "session folder (holds journal.log)")
	Path session;

	@Option(names = "--raw", required = true, paramLabel = "LOCATION", description = "EM volume the session was made on")
	String raw;

	@Option(names = "--segments", required = true, paramLabel = "LOCATION", description = "segmentation the session corrects")
	String segments;

	@Option(names = "--membranes", paramLabel = "LOCATION", description = "membrane probability map (as in the session)")
	String membranes;

	@Option(names = "--synapses", paramLabel = "CSV", description = "synapse table whose partners are re-derived")
	Path synapses;

	@Override
	public Integer call() throws Exception {
		try (ProofreadSession s = JournaledSession.open(new SessionInputs(raw, segments, membranes, synapses, null, null), session)) {
			Path folder = s.save();
			System.out.println("wrote " + folder.resolve(JournaledSession.LABELS) + ", " + s.synapses().size() + " synapses, "
					+ Connectome.of(s.synapses()).edges().size() + " connectome edges");
		}
		return 0;
	}
}
