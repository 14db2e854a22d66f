package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void failedWriteLeavesTheOldFileAndNoTemporary() throws Exception {
		Path target = dir.resolve("out.txt");
		Files.writeString(target, "old");
		assertThrows(IOException.class, () -> AtomicFiles.write(target, tmp -> {
			Files.writeString(tmp, "half");
			throw new IOException("disk full");
		}));
		assertEquals("old", Files.readString(target));
		assertEquals(List.of(target), list(dir));
	}

	@Test
	void replacesFilesAndFolders() throws Exception {
		Path target = dir.resolve("sub/out.txt");
		AtomicFiles.write(target, tmp -> Files.writeString(tmp, "one"));
		AtomicFiles.write(target, tmp -> Files.writeString(tmp, "two"));
		assertEquals("two", Files.readString(target));
		Path folder = dir.resolve("slices");
		AtomicFiles.writeFolder(folder, tmp -> Files.writeString(tmp.resolve("a"), "1"));
		AtomicFiles.writeFolder(folder, tmp -> Files.writeString(tmp.resolve("b"), "2"));
		assertEquals(List.of(folder.resolve("b")), list(folder));
		assertTrue(list(dir).stream().noneMatch(p -> p.toString().contains(".tmp-")));
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.sorted().toList();
		}
	}
}
