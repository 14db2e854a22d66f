package connectomej.io;

import java.nio.file.Path;

/**
 * Input a user gave cannot be used: a missing, truncated or malformed file, a dataset that is not there,
 * shapes that do not match. The message is one line naming the file and the problem; the command line
 * reports it and exits with code 2.
 */
public class BadInputException extends RuntimeException {

	private final Path file;

	/**
	 * @param file the file at fault, or null when the problem is not tied to one file
	 * @param problem what is wrong, in words a user understands, no trailing period needed
	 */
	public BadInputException(Path file, String problem) {
		super(file == null ? problem : file + ": " + problem);
		this.file = file;
	}

	public BadInputException(Path file, String problem, Throwable cause) {
		super(file == null ? problem : file + ": " + problem, cause);
		this.file = file;
	}

	/** The file at fault, or null. */
	public Path file() {
		return file;
	}
}
