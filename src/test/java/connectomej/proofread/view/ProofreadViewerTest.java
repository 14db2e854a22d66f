package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viewer in a window: {@link ViewerScenario} runs once in a child JVM under {@code xvfb-run -a} (the test JVM is
 * headless) and reports what it saw; each test checks one part. Skipped where {@code xvfb-run} is missing.
 */
class ProofreadViewerTest {

	@TempDir
	static Path sessions;

	private static Map<String, String> seen;
	private static String output;

	@BeforeAll
	static void runScenarioUnderXvfb() throws Exception {
		Assumptions.assumeTrue(onPath("xvfb-run"), "xvfb-run not installed: viewer tests skipped");
		List<String> cmd = List.of("xvfb-run", "-a", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
			"-Xmx1g", "-cp", System.getProperty("java.class.path"), ViewerScenario.class.getName(), sessions.toString());
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		p.getOutputStream().close();
		boolean done = p.waitFor(180, TimeUnit.SECONDS);
		output = new String(p.getInputStream().readAllBytes());
		if (!done)
			p.destroyForcibly();
		seen = new HashMap<>();
		output.lines().filter(l -> l.contains("=")).forEach(l -> seen.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
		assertEquals("true", seen.get("done"), "the scenario finished: " + output);
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			if (Files.isExecutable(Path.of(dir, program)))
				return true;
		return false;
	}

	private static String get(String key) {
		assertTrue(seen.containsKey(key), key + " reported: " + output);
		return seen.get(key);
	}

	@Test
	void opensOnTheSampleWithAnOverlayAndTheQueue() {
		assertEquals("true", get("sample.visible"));
		assertEquals("true", get("sample.side"));
		assertEquals("16", get("sample.section"));
		assertEquals("true", get("sample.segments_roi"), "segment colours are the first overlay layer");
		assertEquals(get("sample.candidates_session"), get("sample.candidates_listed"));
		assertNotEquals("0", get("sample.candidates_listed"));
	}

	@Test
	void clicksMergeAndSplitThroughTheJournaledSession() {
		assertNotEquals(get("merge.keep"), get("merge.absorb"));
		assertEquals(get("merge.keep"), get("merge.after"), "the second segment took the first one's id");
		assertEquals(get("split.segment"), get("split.seed_a"), "seed A keeps the id");
		assertNotEquals(get("split.segment"), get("split.seed_b"), "seed B's part got a new id");
		assertEquals(get("split.segment"), get("undo.seed_b"), "Ctrl+Z undid the split");
		assertEquals(get("split.seed_b"), get("redo.seed_b"), "Ctrl+Shift+Z redid it");
		assertEquals("true", get("overlay.shows_edit"), "the overlay was redrawn after the edits");
	}

	@Test
	void namedActionsRunFromTheirKeys() {
		assertEquals("NAVIGATE", get("keys.mode"), "Escape");
		assertEquals("true", get("keys.overlay_hidden"), "O");
		assertEquals("0.5", get("keys.opacity"), "] raised 0.4 by a step");
		assertEquals("true", get("keys.next_is_first"), "N went to the head of the queue");
		assertEquals("true", get("keys.reviewed"), "R marked it reviewed");
		assertEquals("true", get("keys.listed_after_review"), "the side list followed");
		assertEquals("2", get("keys.orthogonal_views"), "V opened XZ and YZ");
		assertEquals("true", get("keys.saved"), "Ctrl+S saved the labels");
	}

	@Test
	void aLargeVolumeReadsOnlyTheSectionsShown() {
		assertEquals("50", get("large.section"));
		String shown = "[0, 1, 2, 49, 50]";
		assertEquals(shown, get("large.raw_sections"), "raw read: the first section and the four scrolled to");
		assertEquals("5", get("large.raw_reads"), "each once");
		assertEquals(shown, get("large.label_sections"), "labels read only for the overlays of shown sections");
		assertEquals("[2, 49, 50]", get("large.cached"), "three overlays kept");
		assertEquals("true", get("large.closed"), "closing the window closed the session");
	}
}
