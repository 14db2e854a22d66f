package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {

	@Test
	void logModePrintsOneLinePerTenth() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		TerminalProgress bar = new TerminalProgress(new PrintStream(bytes, true), false);
		for (int i = 0; i <= 100; i++)
			bar.progress("generating", i, 100);
		String[] lines = bytes.toString().split("\n");
		assertEquals(11, lines.length);
		assertTrue(lines[5].contains(" 50%"), lines[5]);
		assertTrue(lines[10].contains("100%") && lines[10].contains("done in"), lines[10]);
	}

	@Test
	void clockFormatsMinutesAndHours() {
		assertEquals("0:07", TerminalProgress.clock(7.2));
		assertEquals("2:05", TerminalProgress.clock(125));
		assertEquals("1:00:01", TerminalProgress.clock(3601));
	}
}
