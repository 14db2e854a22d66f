package connectomej.proofread;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.BadInputException;

/**
 * The append-only edit log of a session ({@code journal.log}): one {@link JournalEntry} per line, each written and
 * forced to the storage device ({@link FileChannel#force}) before {@link #append} returns. Lines starting with
 * {@code #} are comments. A last line without its line feed was cut by a crash mid-write: reading drops it with a
 * warning and truncates the file to the last whole line, so later appends start on a fresh line.
 */
final class Journal implements AutoCloseable {

	/** File name inside the session folder. */
	static final String FILE_NAME = "journal.log";

	private final Path file;
	private final FileChannel channel;

	private Journal(Path file, FileChannel channel) {
		this.file = file;
		this.channel = channel;
	}

	/** Opens or creates the journal of a session folder. */
	static Journal open(Path sessionFolder) throws IOException {
		Files.createDirectories(sessionFolder);
		Path file = sessionFolder.resolve(FILE_NAME);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		return new Journal(file, channel);
	}

	Path file() {
		return file;
	}

	/**
	 * Reads every whole entry, dropping a torn last line (and cutting it from the file).
	 *
	 * @param warnings receives a message when a torn line was dropped
	 * @throws BadInputException when a whole line is not an entry
	 */
	List<JournalEntry> read(List<String> warnings) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
		channel.read(bytes, 0);
		String text = new String(bytes.array(), StandardCharsets.UTF_8);
		int whole = text.lastIndexOf('\n') + 1;
		if (whole < text.length()) {
			warnings.add(file + ": ignored a torn last line '" + text.substring(whole) + "' (cut short by a crash)");
			channel.truncate(text.substring(0, whole).getBytes(StandardCharsets.UTF_8).length);
			channel.force(true);
		}
		List<JournalEntry> entries = new ArrayList<>();
		String[] lines = text.substring(0, whole).split("\n");
		for (int n = 0; n < lines.length; n++)
			if (!lines[n].isBlank() && !lines[n].startsWith("#"))
				entries.add(parse(lines[n], n + 1));
		return entries;
	}

	private JournalEntry parse(String line, int number) {
		try {
			return JournalEntry.parse(line);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(file, "line " + number + ": " + e.getMessage());
		}
	}

	/** Appends one entry and forces it to the device before returning. */
	void append(JournalEntry entry) throws IOException {
		ByteBuffer line = ByteBuffer.wrap((entry.line() + "\n").getBytes(StandardCharsets.UTF_8));
		long at = channel.size();
		while (line.hasRemaining())
			at += channel.write(line, at);
		channel.force(true);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
