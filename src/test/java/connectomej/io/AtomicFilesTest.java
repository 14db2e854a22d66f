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
		AtomicFiles.writeFolder(folder, tmp -> {
			Files.writeString(tmp.resolve("a"), "2");
			Files.writeString(tmp.resolve("b"), "2");
		});
		assertEquals(List.of(folder.resolve("a"), folder.resolve("b")), list(folder));
		assertEquals("2", Files.readString(folder.resolve("a")));
		assertTrue(list(dir).stream().noneMatch(p -> p.toString().contains(".tmp-")));
	}

	@Test
	void aFolderWithEntriesTheNewContentLacksIsNotReplaced() throws Exception {
		Path folder = dir.resolve("results");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("notes.txt"), "mine");
		BadInputException e = assertThrows(BadInputException.class,
				() -> AtomicFiles.writeFolder(folder, tmp -> Files.writeString(tmp.resolve("z000.png"), "slice")));
		assertThrows(BadInputException.class,
				() -> AtomicFiles.writeFolder(folder, name -> name.endsWith(".png"), tmp -> Files.writeString(tmp.resolve("z000.png"), "slice")));
		assertTrue(e.getMessage().startsWith(folder + ": ") && e.getMessage().contains("notes.txt"), e.getMessage());
		assertEquals(List.of(folder.resolve("notes.txt")), list(folder));
		assertEquals("mine", Files.readString(folder.resolve("notes.txt")), "own entries do not make a user's file replaceable");
		Path slices = dir.resolve("slices");
		AtomicFiles.writeFolder(slices, tmp -> Files.writeString(tmp.resolve("z001.png"), "old"));
		AtomicFiles.writeFolder(slices, name -> name.endsWith(".png"), tmp -> Files.writeString(tmp.resolve("z000.png"), "new"));
		assertEquals(List.of(slices.resolve("z000.png")), list(slices), "a folder of own entries only is replaced");
		Path file = dir.resolve("data.tif");
		Files.writeString(file, "tiff");
		assertThrows(BadInputException.class, () -> AtomicFiles.writeFolder(file, tmp -> Files.writeString(tmp.resolve("a"), "1")));
		assertEquals("tiff", Files.readString(file));
		assertTrue(list(dir).stream().noneMatch(p -> p.toString().contains(".tmp-")), "no temporary left behind");
	}

	@Test
	void theFolderCheckBeforeTheWorkRefusesWhatTheWriteWouldRefuse() throws Exception {
		AtomicFiles.requireReplaceableFolder(dir.resolve("new"), name -> false); // absent: fine
		Path slices = Files.createDirectories(dir.resolve("slices"));
		Files.writeString(slices.resolve("z000.png"), "old");
		AtomicFiles.requireReplaceableFolder(slices, name -> name.endsWith(".png"));
		Files.writeString(slices.resolve("notes.txt"), "mine");
		BadInputException e = assertThrows(BadInputException.class, () -> AtomicFiles.requireReplaceableFolder(slices, name -> name.endsWith(".png")));
		assertEquals(slices + ": the folder holds 1 entry that this output does not write (notes.txt); replacing it would lose them: "
				+ "write to a new or empty folder", e.getMessage());
		Path file = Files.writeString(dir.resolve("data.tif"), "tiff");
		assertThrows(BadInputException.class, () -> AtomicFiles.requireReplaceableFolder(file, name -> true));
		assertEquals(List.of(slices.resolve("notes.txt"), slices.resolve("z000.png")), list(slices), "a check writes nothing");
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.sorted().toList();
		}
	}
}
