package connectomej.cli;

import connectomej.io.BadInputException;
import connectomej.nn.TrainingData;
import connectomej.nn.TrainingSections.Range;

/** Section ranges as typed on the command line: {@code 0-19} (inclusive) or a single section {@code 7}. */
final class SectionRanges {

	private SectionRanges() {}

	/** Parses {@code A-B} or {@code A}; null gives {@code whole}. */
	static Range parse(String text, String option, Range whole) {
		if (text == null)
			return whole;
		String[] parts = text.trim().split("-", -1);
		try {
			long first = Long.parseLong(parts[0].trim());
			long last = parts.length == 2 ? Long.parseLong(parts[1].trim()) : first;
			if (parts.length > 2 || first > last)
				throw new NumberFormatException();
			return new Range(first, last);
		} catch (NumberFormatException e) {
			throw new BadInputException(null, option + " '" + text + "' is not a section range like 0-19");
		}
	}

	/**
	 * The validation sections: {@code A-B} explicitly, or a count {@code N} taking the last N sections off
	 * {@code training}; null takes the last tenth (at least one).
	 *
	 * @return {training, validation}
	 */
	static Range[] split(Range training, String validation) {
		if (validation != null && validation.contains("-"))
			return new Range[] { training, parse(validation, "--validation-sections", null) };
		long n = validation == null ? TrainingData.defaultValidationCount(training) : count(validation);
		return TrainingData.holdOutLast(training, n);
	}

	private static long count(String text) {
		try {
			long n = Long.parseLong(text.trim());
			if (n >= 1)
				return n;
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new BadInputException(null, "--validation-sections '" + text + "' is neither a range like 18-19 nor a count >= 1");
	}
}
