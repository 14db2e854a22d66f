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
 * target. If writing fails the temporary file is deleted and the target is left untouched; if the JVM is stopped
 * meanwhile (Ctrl-C), a shutdown hook deletes it ({@link PendingOutputs}).
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
		Path temporary = temporaryOutput(target);
		try {
			content.writeTo(temporary);
			move(temporary, target);
		} finally {
			deleteRecursively(temporary);
			released(temporary);
		}
	}

	/**
	 * Writes a folder: the content is written into a temporary folder next to {@code target}, which is renamed into
	 * place. An existing folder at {@code target} is first renamed aside and deleted after the new one is in place
	 * (two renames: a reader may briefly see no folder, never a partial one). It is replaced only when the new content
	 * has an entry of every name it holds (an earlier output of the same kind): a folder that holds anything else, or
	 * a file at {@code target}, is left as it is and the write refused, so that no user data is lost.
	 *
	 * @param target the folder to create or replace
	 * @param content fills the temporary folder, which exists when it is called
	 * @throws BadInputException naming {@code target} when it holds entries the new content lacks, or is a file
	 */
	public static void writeFolder(Path target, Content content) throws IOException {
		writeFolder(target, name -> false, content);
	}

	/**
	 * As {@link #writeFolder(Path, Content)}, also replacing a folder whose other entries are all of the kind this
	 * output writes ({@code ownEntry}: slice files of another depth, setups of an earlier export, say).
	 *
	 * @param ownEntry whether an entry name of the existing folder is one this kind of output writes
	 */
	public static void writeFolder(Path target, java.util.function.Predicate<String> ownEntry, Content content) throws IOException {
		Path temporary = temporaryOutput(target);
		Path old = null;
		try {
			Files.createDirectory(temporary);
			content.writeTo(temporary);
			requireReplaceable(target, name -> Files.exists(temporary.resolve(name)) || ownEntry.test(name));
			if (Files.exists(target)) {
				old = temporarySibling(target);
				move(target, old);
			}
			move(temporary, target);
		} finally {
			deleteRecursively(temporary);
			released(temporary);
			if (old != null)
				deleteRecursively(old);
		}
	}

	/**
	 * The check {@link #writeFolder(Path, java.util.function.Predicate, Content)} makes, made before the work that
	 * fills the folder, so that a refused output costs no work: {@code target} must be absent or a folder whose entries
	 * are all ones this output writes.
	 *
	 * @param ownEntry whether an entry name of an existing folder at {@code target} is one this output writes
	 * @throws BadInputException naming {@code target} when it is a file or holds other entries
	 */
	public static void requireReplaceableFolder(Path target, java.util.function.Predicate<String> ownEntry) throws IOException {
		requireReplaceable(target, ownEntry);
	}

	/** Refuses to replace {@code target} when it is a file or holds an entry that is not {@code kept} (rewritten or own). */
	private static void requireReplaceable(Path target, java.util.function.Predicate<String> kept) throws IOException {
		if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS))
			return;
		if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS))
			throw new BadInputException(target, "is a file, not a folder: the output folder would replace it; give another name");
		java.util.List<String> lost;
		try (Stream<Path> entries = Files.list(target)) {
			lost = entries.map(p -> p.getFileName().toString()).filter(kept.negate()).sorted().toList();
		}
		if (!lost.isEmpty())
			throw new BadInputException(target, "the folder holds " + lost.size() + " entr" + (lost.size() == 1 ? "y" : "ies")
					+ " that this output does not write (" + String.join(", ", lost.subList(0, Math.min(3, lost.size())))
					+ (lost.size() > 3 ? ", ..." : "") + "); replacing it would lose them: write to a new or empty folder");
	}

	/**
	 * A fresh path for an output being written, as {@link #temporarySibling}, that a shutdown hook deletes if the JVM is
	 * stopped before {@link #released}. (The old folder that {@link #writeFolder} renames aside is no such path: an
	 * interrupted replacement must leave it.)
	 */
	public static Path temporaryOutput(Path target) throws IOException {
		return PendingOutputs.add(temporarySibling(target));
	}

	/** Tells that a {@link #temporaryOutput} was renamed into place or deleted: the shutdown hook leaves it. */
	public static void released(Path temporary) {
		PendingOutputs.remove(temporary);
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
