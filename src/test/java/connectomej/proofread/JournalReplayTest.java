package connectomej.proofread;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;

class JournalReplayTest {

	@TempDir
	Path dir;
	SessionInputs inputs;
	Path folder;

	@BeforeEach
	void fixture() throws IOException {
		inputs = ProofreadFixture.write(Files.createDirectories(dir.resolve("in")));
		folder = dir.resolve("session");
	}

	/** Seeded random edits (merges, splits, reviews, undo, redo); the reopened session equals the live one. */
	@Test
	void replayEqualsLiveState() throws IOException {
		Random random = new Random(3);
		List<long[]> live = new ArrayList<>();
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			for (int n = 0; n < 40; n++)
				randomEdit(s, random);
			for (int z = 0; z < 2; z++)
				live.add(s.labelSection(z));
			live.add(new long[] { s.isReviewed(1) ? 1 : 0, s.isReviewed(3) ? 1 : 0, s.synapses().get(2).post() });
		}
		List<String> journal = Files.readAllLines(folder.resolve("journal.log"));
		assertTrue(journal.stream().filter(l -> l.startsWith("split")).count() >= 3, "the random script must split: " + journal);
		assertTrue(journal.stream().filter(l -> l.startsWith("undo")).count() >= 3, "and undo: " + journal);
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			for (int z = 0; z < 2; z++)
				assertArrayEquals(live.get(z), s.labelSection(z));
			assertArrayEquals(live.get(2), new long[] { s.isReviewed(1) ? 1 : 0, s.isReviewed(3) ? 1 : 0, s.synapses().get(2).post() });
		}
	}

	private static void randomEdit(ProofreadSession s, Random random) throws IOException {
		int x = random.nextInt(12), x2 = random.nextInt(12), y = random.nextInt(4), z = random.nextInt(2);
		long a = s.labelAt(x, y, z), b = s.labelAt(x2, 3 - y, 1 - z);
		try {
			switch (random.nextInt(5)) {
				case 0 -> s.merge(a, b);
				case 1 -> s.split(a, new int[] { x, y, z }, new int[] { x2, 3 - y, 1 - z });
				case 2 -> s.markReviewed(a);
				case 3 -> s.undo();
				default -> s.redo();
			}
		} catch (IllegalArgumentException e) {
			// same segment or seed outside: refused, nothing journaled
		}
	}

	@Test
	void tornLastLineIsIgnoredWithAWarningAndCutOff() throws IOException {
		try (ProofreadSession s = JournaledSession.open(inputs, folder)) {
			s.merge(1, 2);
		}
		Path journal = folder.resolve("journal.log");
		Files.writeString(journal, "split 3 6,0,0 11,0", StandardOpenOption.APPEND);
		try (JournaledSession s = (JournaledSession) JournaledSession.open(inputs, folder)) {
			assertEquals(1, s.warnings().size());
			assertTrue(s.warnings().get(0).contains("torn"), s.warnings().get(0));
			assertArrayEquals(ProofreadScript.ROWS[1], ProofreadFixture.row(s, 0, 0));
			s.merge(3, 1);
		}
		assertTrue(Files.readString(journal).endsWith("merge 1 2\nmerge 3 1\n"), Files.readString(journal));
		try (JournaledSession s = (JournaledSession) JournaledSession.open(inputs, folder)) {
			assertEquals(0, s.warnings().size());
			assertEquals(3, s.labelAt(0, 0, 0));
		}
	}

	@Test
	void aMalformedWholeLineIsBadInput() throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("journal.log"), "merge 1 2\nmerge one 2\n");
		BadInputException e = assertThrows(BadInputException.class, () -> JournaledSession.open(inputs, folder));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void anEntryThatCannotBeReplayedIsBadInput() throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("journal.log"), "merge 1 7\n");
		BadInputException e = assertThrows(BadInputException.class, () -> JournaledSession.open(inputs, folder));
		assertTrue(e.getMessage().contains("no segment 7"), e.getMessage());
	}

	@Test
	void entriesRoundTrip() {
		for (String line : List.of("merge 3 9", "split 4 1,2,3 7,8,9 12", "review 5", "undo", "redo"))
			assertEquals(line, JournalEntry.parse(line).line());
		assertThrows(IllegalArgumentException.class, () -> JournalEntry.parse("split 4 1,2 7,8,9 12"));
		assertThrows(IllegalArgumentException.class, () -> JournalEntry.parse("merge 3"));
	}
}
