package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;

/** The Proofread command's parameters, which are its macro keys; running it needs a display (ProofreadViewerTest). */
class ProofreadCommandTest {

	@Test
	void snakeCaseMacroKeysAndNotHeadless() {
		CommandInfo info = new CommandInfo(ProofreadCommand.class);
		List<String> keys = StreamSupport.stream(info.inputs().spliterator(), false).map(ModuleItem::getName).toList();
		assertEquals(List.of("raw", "segments", "membranes", "synapses", "merge_candidates", "uncertainty", "session_folder"), keys);
		assertFalse(info.canRunHeadless());
		assertEquals("Proofread", info.getLabel());
	}
}
