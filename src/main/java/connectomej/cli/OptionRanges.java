package connectomej.cli;

import connectomej.io.BadInputException;

/**
 * Checks of option values that the command line refuses before any file is read: each names the option, the value
 * and the range it must lie in.
 */
final class OptionRanges {

	private OptionRanges() {}

	/**
	 * @param option the option's name, e.g. {@code --threshold}
	 * @param values its values, each a probability
	 * @throws BadInputException for the first value outside [0, 1]
	 */
	static void probabilities(String option, double... values) {
		for (double v : values)
			if (!(v >= 0 && v <= 1))
				throw new BadInputException(null, option + " " + v + ": must be a probability in [0, 1]");
	}

	/**
	 * @param option the option's name, e.g. {@code --top}
	 * @param value its value
	 * @param least the smallest value allowed
	 * @throws BadInputException for a value below {@code least}
	 */
	static void atLeast(String option, long value, long least) {
		if (value < least)
			throw new BadInputException(null, option + " " + value + ": must be at least " + least);
	}
}
