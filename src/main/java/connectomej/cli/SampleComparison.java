package connectomej.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import connectomej.synth.SyntheticVolumeFiles;

/** Compares a freshly generated sample folder with the bundled one, file by file, byte by byte. */
final class SampleComparison {

	private SampleComparison() {}

	/** The names of files that differ or are missing, or an empty array when all are identical. */
	static String[] differences(Path generated, Path bundled) throws IOException {
		return SyntheticVolumeFiles.FOLDER_FILES.stream().filter(name -> !sameBytes(generated.resolve(name), bundled.resolve(name)))
			.toArray(String[]::new);
	}

	/** One sentence for the user. */
	static String describe(Path generated, Path bundled) throws IOException {
		if (!Files.isDirectory(bundled))
			return "Bundled sample " + bundled + " not found (run from the project folder to compare).";
		String[] diff = differences(generated, bundled);
		return diff.length == 0 ? "Regenerated sample is byte-identical to " + bundled + "."
			: "Regenerated sample DIFFERS from " + bundled + " in: " + String.join(", ", diff);
	}

	private static boolean sameBytes(Path a, Path b) {
		try {
			return Files.exists(a) && Files.exists(b) && Files.mismatch(a, b) == -1;
		}
		catch (IOException e) {
			return false;
		}
	}
}
