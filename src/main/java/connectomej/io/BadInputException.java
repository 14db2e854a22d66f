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

	/**
	 * Refuses input that is not tied to one file (an option out of its range, say) unless {@code holds}.
	 *
	 * @param problem what is wrong, naming the option and its value
	 * @throws BadInputException with {@code problem} when {@code holds} is false
	 */
	public static void require(boolean holds, String problem) {
		if (!holds)
			throw new BadInputException(null, problem);
	}

	/** The file at fault, or null. */
	public Path file() {
		return file;
	}
}
