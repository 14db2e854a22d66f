package connectomej.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import connectomej.io.BadInputException;
import connectomej.io.SectionSink;
import connectomej.io.tiff.TiffStacks;
import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticSections;

/** {@code synth -o file.tif}: the EM alone, rendered and written slab by slab, so its size is not bounded by memory. */
final class StreamedSynth {

	private final SynthSettings settings;
	private final Path output;

	StreamedSynth(SynthSettings settings, Path output, Path montage) {
		if (montage != null)
			throw new BadInputException(output, "--montage needs a folder or .h5 output, not a streamed .tif");
		this.settings = settings;
		this.output = output;
	}

	/** True when the output is a single TIFF file. */
	static boolean isStreamed(Path output) {
		String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".tif") || name.endsWith(".tiff");
	}

	int write(int threads) throws IOException {
		TerminalProgress progress = TerminalProgress.onStderr();
		var pool = Threads.pool(threads);
		long start = System.nanoTime();
		SyntheticEm em = new SyntheticEm(settings);
		long[] size = settings.interval().dimensionsAsLongArray();
		try (SectionSink sink = TiffStacks.createByteSections(output, size, settings.voxelSize())) {
			SyntheticSections.writeRaw(em, sink, pool, progress);
			sink.commit();
		} finally {
			pool.shutdownNow();
			progress.finishLine();
		}
		System.out.printf(Locale.ROOT, "written: %s (%d x %d x %d voxels, 8-bit EM only, %.1f s)%n", output, size[0], size[1], size[2],
				(System.nanoTime() - start) / 1e9);
		return 0;
	}
}
