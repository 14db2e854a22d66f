package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command stopped while it writes (Ctrl-C, or a scheduler's SIGTERM: {@link Process#destroy()}) leaves no temporary
 * output behind, and an earlier result it was replacing stays as it was.
 */
class InterruptedWriteTest {

	@TempDir
	Path dir;

	@Test
	void aStoppedFileWriteLeavesNoTemporaryFile() throws Exception {
		Path target = dir.resolve("probabilities.tif");
		Path temporary = stopWhileWriting("file", target);
		assertFalse(Files.exists(temporary), "the temporary " + temporary + " is deleted");
		assertEquals(List.of(), entries(dir), "nothing left");
	}

	@Test
	void aStoppedFolderReplacementKeepsTheEarlierResult() throws Exception {
		Path target = Files.createDirectories(dir.resolve("slices"));
		Files.writeString(target.resolve("z0000.png"), "earlier result");
		Path temporary = stopWhileWriting("folder", target);
		assertFalse(Files.exists(temporary), "the temporary " + temporary + " is deleted");
		assertEquals(List.of("slices"), entries(dir));
		assertEquals("earlier result", Files.readString(target.resolve("z0000.png")));
	}

	/** Starts the child, waits until it writes, stops it (SIGTERM) and returns the temporary path it wrote to. */
	private static Path stopWhileWriting(String kind, Path target) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), InterruptedWriteChild.class.getName(), kind,
				target.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
			assertTrue(line != null && line.startsWith("WRITING "), "the child writes: " + line);
			Path temporary = Path.of(line.substring("WRITING ".length()));
			assertTrue(Files.exists(temporary), "the temporary exists while written");
			child.destroy();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stops");
			return temporary;
		} finally {
			child.destroyForcibly();
		}
	}

	private static List<String> entries(Path folder) throws Exception {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
