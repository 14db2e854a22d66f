package connectomej.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import connectomej.ij1.SectionMontage;
import connectomej.synth.Modality;
import connectomej.synth.SynthSettings;
import connectomej.synth.SynthStatistics;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import connectomej.synth.SyntheticVolumeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej synth}: a synthetic EM volume with ground truth. With the defaults it makes the bundled sample:
 * {@code ./connectomej synth -o sample-data/synthetic-tem} regenerates {@code sample-data/} byte for byte.
 */
@Command(name = "synth", description = { "Generate a synthetic EM volume with ground truth (neuron ids, membranes, clefts, "
	+ "vesicles, mitochondria, synapse table).", "Defaults make the bundled sample: synth -o sample-data/synthetic-tem" })
final class SynthSubcommand implements Callable<Integer> {

	/** The bundled sample's settings: anisotropic serial-section TEM, 256 x 256 x 32 voxels of 4 x 4 x 40 nm, seed 1. */
	static final SynthSettings SAMPLE = SynthSettings.preset(Modality.ANISOTROPIC_TEM, 256, 256, 32, 1);

	@Option(names = "--modality", defaultValue = "tem", description = "tem (anisotropic serial sections, 4x4x40 nm) "
		+ "or fibsem (isotropic, 8 nm); default ${DEFAULT-VALUE}")
	String modality;

	@Option(names = "--size", defaultValue = "256,256,32", split = ",", paramLabel = "X,Y,Z", description = "size in voxels, default ${DEFAULT-VALUE}")
	long[] size;

	@Option(names = "--seed", defaultValue = "1", description = "random seed, default ${DEFAULT-VALUE}")
	long seed;

	@Option(names = "--threads", defaultValue = "0", description = "worker threads, 0 = all cores")
	int threads;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "a folder (TIFFs + CSV), a file.h5 (CREMI layout), "
		+ "or a file.tif: the EM alone, written section by section without holding the volume (any size)")
	Path output;

	@Option(names = "--montage", paramLabel = "PNG", description = "also write a PNG of three sections with ground-truth outlines")
	Path montage;

	@Override
	public Integer call() throws Exception {
		SynthSettings settings = settings();
		if (StreamedSynth.isStreamed(output))
			return new StreamedSynth(settings, output, montage).write(threads);
		SyntheticVolume v = generate(settings, threads, TerminalProgress.onStderr());
		SyntheticVolumeFiles.write(v, output);
		if (montage != null) {
			int last = (int) settings.sizeZ() - 1;
			SectionMontage.savePng(SectionMontage.render(v.raw().data(), v.neurons().data(), 0, last / 2, last), montage);
		}
		System.out.println(SynthStatistics.of(v).report());
		System.out.println("written: " + output);
		return 0;
	}

	SynthSettings settings() {
		if (size.length != 3 || size[0] < 16 || size[1] < 16 || size[2] < 1)
			throw new connectomej.io.BadInputException(null, "--size needs three numbers X,Y,Z with X, Y >= 16 and Z >= 1");
		Modality m = switch (modality.toLowerCase(java.util.Locale.ROOT)) {
			case "tem" -> Modality.ANISOTROPIC_TEM;
			case "fibsem", "fib-sem" -> Modality.ISOTROPIC_FIBSEM;
			default -> throw new connectomej.io.BadInputException(null, "--modality must be tem or fibsem, not " + modality);
		};
		return SynthSettings.preset(m, size[0], size[1], size[2], seed);
	}

	/** Generates on a pool of worker threads with a progress bar. */
	static SyntheticVolume generate(SynthSettings settings, int threads, TerminalProgress progress) {
		var pool = Threads.pool(threads);
		try {
			return new SyntheticEm(settings).generateVolume(pool, progress);
		}
		finally {
			pool.shutdownNow();
			progress.finishLine();
		}
	}
}
