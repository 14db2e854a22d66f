package connectomej.synth;

import java.io.File;
import java.io.IOException;

/**
 * Generates the two presets for seed 1, prints their statistics and synapse tables, and writes PNGs of a few sections
 * (raw | ground truth) to /tmp, for a person to look at. Not a test.
 */
public final class SyntheticEmDemo {

	private SyntheticEmDemo() {}

	/** Writes /tmp/synth_tem_*.png and /tmp/synth_fib_*.png. */
	public static void main(String[] args) throws IOException {
		long t0 = System.nanoTime();
		SyntheticVolume v = new SyntheticEm(SynthSettings.anisotropicTem(256, 256, 32, 1)).generateVolume();
		System.out.printf("TEM 256 x 256 x 32, seed 1: %.2f s%n%s%n", (System.nanoTime() - t0) / 1e9, SynthStatistics.of(v).report());
		for (long z : new long[] { 5, 16 })
			SectionPng.write(v.images(), z, new File("/tmp/synth_tem_z" + z + ".png"));
		System.out.println(Synapse.CSV_HEADER);
		for (Synapse s : v.synapses()) {
			System.out.println(s.toCsvRow());
			SectionPng.write(v.images(), Math.round(s.z()), new File("/tmp/synth_tem_syn" + s.id() + ".png"));
			long x0 = Math.max(0, Math.min(128, Math.round(s.x()) - 64)), y0 = Math.max(0, Math.min(128, Math.round(s.y()) - 64));
			SectionPng.writeZoomed(v.images(), Math.round(s.z()), x0, y0, 128, 3, new File("/tmp/synth_tem_syn" + s.id() + "_zoom.png"));
		}
		t0 = System.nanoTime();
		SyntheticVolume f = new SyntheticEm(SynthSettings.isotropicFibsem(160, 160, 160, 1)).generateVolume();
		System.out.printf("FIB-SEM 160^3, seed 1: %.2f s%n%s%n", (System.nanoTime() - t0) / 1e9, SynthStatistics.of(f).report());
		SectionPng.write(f.images(), 80, new File("/tmp/synth_fib_z80.png"));
		for (Synapse s : f.synapses())
			SectionPng.write(f.images(), Math.round(s.z()), new File("/tmp/synth_fib_syn" + s.id() + ".png"));
	}
}
