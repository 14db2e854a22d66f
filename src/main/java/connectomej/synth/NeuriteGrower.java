package connectomej.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows the neurites of a volume from its seed: smooth random tubes (a direction random walk in 80 nm steps) with
 * axon varicosities and dendritic branches. In serial-section TEM they run mostly along z; in FIB-SEM in any
 * direction. Seeds lie on a jittered grid so that profiles are spread evenly, as in neuropil.
 */
final class NeuriteGrower {

	static final double STEP_NM = 80;
	private static final double AXON_FRACTION = 0.86;

	private final SynthSettings settings;
	private final SplittableRandom random;
	private final GrowthBox box;
	private final List<NeuritePath> paths = new ArrayList<>();
	private int nextNeuron = 1;

	private NeuriteGrower(SynthSettings settings, GrowthBox box) {
		this.settings = settings;
		this.random = new SplittableRandom(VoxelHash.mix(settings.seed() ^ 0x6e657572L));
		this.box = box;
	}

	/** All neurite pieces of the volume, ordered deterministically by the seed. */
	static List<NeuritePath> grow(SynthSettings settings, GrowthBox box) {
		NeuriteGrower g = new NeuriteGrower(settings, box);
		if (settings.modality().projectsSections())
			g.seedAlongZ();
		else
			g.seedIsotropic();
		return g.paths;
	}

	private void seedAlongZ() {
		double spacing = 1000 / Math.sqrt(settings.neuriteDensity());
		int nx = (int) Math.ceil(box.size(0) / spacing), ny = (int) Math.ceil(box.size(1) / spacing);
		double zMid = (box.lo[2] + box.hi[2]) / 2;
		for (int j = 0; j < ny; j++)
			for (int i = 0; i < nx; i++) {
				double[] p = { box.lo[0] + (i + random.nextDouble()) * spacing, box.lo[1] + (j + random.nextDouble()) * spacing, zMid };
				double maxTilt = random.nextDouble() < 0.08 ? 1.2 : 0.55;
				double[] d = tilted(random.nextDouble() * maxTilt);
				root(p, d, maxTilt);
			}
	}

	private void seedIsotropic() {
		double extent = Math.cbrt(box.size(0) * box.size(1) * box.size(2));
		double targetLength = 2 * settings.neuriteDensity() * 1e-6 * box.size(0) * box.size(1) * box.size(2);
		double cell = Math.cbrt(box.size(0) * box.size(1) * box.size(2) * extent / targetLength);
		int[] n = new int[3];
		for (int d = 0; d < 3; d++)
			n[d] = Math.max(1, (int) Math.ceil(box.size(d) / cell));
		int cells = n[0] * n[1] * n[2];
		int[] order = shuffled(cells);
		double grown = 0;
		for (int k = 0; k < cells && grown < targetLength; k++) {
			int c = order[k];
			double[] p = { box.lo[0] + (c % n[0] + random.nextDouble()) * box.size(0) / n[0],
				box.lo[1] + (c / n[0] % n[1] + random.nextDouble()) * box.size(1) / n[1],
				box.lo[2] + (c / (n[0] * n[1]) + random.nextDouble()) * box.size(2) / n[2] };
			grown += root(p, randomDirection(), Math.PI);
		}
	}

	/** A neurite grown both ways from p; returns its length in nm. */
	private double root(double[] p, double[] d, double maxTilt) {
		boolean axon = random.nextDouble() < AXON_FRACTION;
		double radius = axon ? 40 + 70 * random.nextDouble() : 160 + 220 * random.nextDouble();
		int neuron = nextNeuron++;
		double[] back = { -d[0], -d[1], -d[2] };
		TubeWalk walk = new TubeWalk(random, box, maxTilt, axon);
		return walk.grow(paths, neuron, p, d, radius, axon ? 0 : 1) + walk.grow(paths, neuron, p, back, radius, axon ? 0 : 1);
	}

	private double[] tilted(double angle) {
		double phi = 2 * Math.PI * random.nextDouble();
		return new double[] { Math.sin(angle) * Math.cos(phi), Math.sin(angle) * Math.sin(phi), Math.cos(angle) };
	}

	private double[] randomDirection() {
		double cz = 2 * random.nextDouble() - 1, phi = 2 * Math.PI * random.nextDouble(), s = Math.sqrt(1 - cz * cz);
		return new double[] { s * Math.cos(phi), s * Math.sin(phi), cz };
	}

	private int[] shuffled(int n) {
		int[] a = new int[n];
		for (int i = 0; i < n; i++)
			a[i] = i;
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1), t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
		return a;
	}
}
