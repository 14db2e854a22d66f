package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's keyboard table lists every named action with its description, so it cannot fall behind the code. */
class ShortcutTableTest {

	@Test
	void readmeListsEveryAction() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String section = readme.substring(readme.indexOf("## Proofreading"));
		for (ProofreadAction a : ProofreadAction.values())
			assertTrue(section.contains("| `" + a.name() + "` | " + a.description() + " |"), a + " in the README table");
	}
}
