package connectomej.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes files and folders so that readers see either the old content or the complete new one, never a half
 * written file: content goes to {@code name.tmp-<random>} in the same folder, which is then renamed over the
 * target. If writing fails the temporary file is deleted and the target is left untouched.
 */
public final class AtomicFiles {

	/** Writes the content of a file or folder to the path it is given. */
	@FunctionalInterface
	public interface Content {

		/** Write everything to {@code temporary} (a path that does not exist yet). */
		void writeTo(Path temporary) throws IOException;
	}

	private AtomicFiles() {}

	/**
	 * Writes one file atomically.
	 *
	 * @param target the file to create or replace; its folder is created when missing
	 * @param content writes the file's bytes to the temporary path it is given
	 */
	public static void write(Path target, Content content) throws IOException {
		Path temporary = temporarySibling(target);
		try {
			content.writeTo(temporary);
			move(temporary, target);
		} finally {
			deleteRecursively(temporary);
		}
	}

	/**
	 * Writes a folder: the content is written into a temporary folder next to {@code target}, which is renamed into
	 * place. An existing folder at {@code target} is first renamed aside and deleted after the new one is in place
	 * (two renames: a reader may briefly see no folder, never a partial one).
	 *
	 * @param target the folder to create or replace
	 * @param content fills the temporary folder, which exists when it is called
	 */
	public static void writeFolder(Path target, Content content) throws IOException {
		Path temporary = temporarySibling(target);
		Path old = null;
		try {
			Files.createDirectory(temporary);
			content.writeTo(temporary);
			if (Files.exists(target)) {
				old = temporarySibling(target);
				move(target, old);
			}
			move(temporary, target);
		} finally {
			deleteRecursively(temporary);
			if (old != null)
				deleteRecursively(old);
		}
	}

	/** A fresh path {@code name.tmp-<random>} in the folder of {@code target}; the folder is created if missing. */
	public static Path temporarySibling(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		if (folder != null)
			Files.createDirectories(folder);
		return absolute.resolveSibling(absolute.getFileName() + ".tmp-" + UUID.randomUUID().toString().substring(0, 8));
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes a file or a folder with everything in it; nothing happens when it does not exist. */
	public static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
			return;
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator)
				Files.deleteIfExists(p);
		}
	}
}
