package connectomej.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows the neurites of a volume from its seed: smooth random tubes (a direction random walk in 80 nm steps) with
 * axon varicosities and dendritic branches. In serial-section TEM they run mostly along z; in FIB-SEM in any
 * direction. Seeds lie on a jittered grid so that profiles are spread evenly, as in neuropil. Dendrites grow first;
 * axons then slide around them rather than through them.
 */
final class NeuriteGrower {

	static final double STEP_NM = 80;
	private static final double AXON_FRACTION = 0.95;

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
		List<Seed> seeds = settings.modality().projectsSections() ? g.seedsAlongZ() : g.seedsIsotropic();
		g.growAll(seeds);
		return g.paths;
	}

	/** Where and how a neurite starts: it grows both ways from p. */
	private record Seed(double[] p, double[] d, double maxTilt, boolean axon, double radius) {}

	/** Dendrites first; then axons, which avoid them (an axon seed inside a dendrite is pushed out to its surface). */
	private void growAll(List<Seed> seeds) {
		TubeObstacles obstacles = new TubeObstacles();
		for (Seed s : seeds)
			if (!s.axon())
				root(s, null);
		paths.forEach(obstacles::add);
		for (Seed s : seeds)
			if (s.axon() && clear(s, obstacles))
				root(s, obstacles);
	}

	/** Pushes the seed out of dendrites (a few times, for crowded spots); true if it is then free and in the box. */
	private boolean clear(Seed s, TubeObstacles obstacles) {
		for (int push = 0; push < 4; push++)
			if (obstacles.pushOut(s.p(), s.radius()) == null)
				break;
		return box.contains(s.p()) && !obstacles.blocks(s.p(), s.radius());
	}

	/** Dendrites then axons, each kind on its own jittered grid in the mid-plane, growing up and down. */
	private List<Seed> seedsAlongZ() {
		List<Seed> seeds = new ArrayList<>();
		planeGrid(settings.neuriteDensity() * (1 - AXON_FRACTION), false, seeds);
		planeGrid(settings.neuriteDensity() * AXON_FRACTION, true, seeds);
		return seeds;
	}

	private void planeGrid(double perSquareMicron, boolean axon, List<Seed> seeds) {
		double spacing = 1000 / Math.sqrt(perSquareMicron);
		int nx = (int) Math.round(box.size(0) / spacing), ny = (int) Math.round(box.size(1) / spacing);
		double sx = box.size(0) / nx, sy = box.size(1) / ny, zMid = (box.lo[2] + box.hi[2]) / 2;
		for (int j = 0; j < ny; j++)
			for (int i = 0; i < nx; i++) {
				double[] p = { box.lo[0] + (i + random.nextDouble()) * sx, box.lo[1] + (j + random.nextDouble()) * sy, zMid };
				double maxTilt = random.nextDouble() < 0.04 ? 1.0 : 0.5;
				seeds.add(seed(p, tilted(random.nextDouble() * maxTilt), maxTilt, axon));
			}
	}

	/** Enough roots for the length density 2 x profiles per area (isotropic lines), at random places and directions. */
	private List<Seed> seedsIsotropic() {
		double volume = box.size(0) * box.size(1) * box.size(2), extent = StrictMath.cbrt(volume);
		double targetLength = 2 * settings.neuriteDensity() * 1e-6 * volume;
		int roots = (int) Math.ceil(targetLength / (0.67 * extent));
		double cell = StrictMath.cbrt(volume / roots);
		int[] n = new int[3];
		for (int d = 0; d < 3; d++)
			n[d] = Math.max(1, (int) Math.ceil(box.size(d) / cell));
		int[] order = shuffled(n[0] * n[1] * n[2]);
		List<Seed> seeds = new ArrayList<>();
		for (int k = 0; k < Math.min(roots, order.length); k++) {
			int c = order[k];
			double[] p = { box.lo[0] + (c % n[0] + random.nextDouble()) * box.size(0) / n[0],
				box.lo[1] + (c / n[0] % n[1] + random.nextDouble()) * box.size(1) / n[1],
				box.lo[2] + (c / (n[0] * n[1]) + random.nextDouble()) * box.size(2) / n[2] };
			seeds.add(seed(p, randomDirection(), Math.PI, random.nextDouble() < AXON_FRACTION));
		}
		return seeds;
	}

	private Seed seed(double[] p, double[] d, double maxTilt, boolean axon) {
		double radius = axon ? 40 + 70 * random.nextDouble() : 150 + 200 * random.nextDouble();
		return new Seed(p, d, maxTilt, axon, radius);
	}

	/** A neurite grown both ways from its seed. */
	private void root(Seed s, TubeObstacles obstacles) {
		int neuron = nextNeuron++;
		double[] d = s.d(), back = { -d[0], -d[1], -d[2] };
		SplittableRandom own = random.split();
		TubeWalk walk = new TubeWalk(own, box, s.maxTilt(), s.axon(), obstacles);
		walk.grow(paths, neuron, s.p(), d, s.radius(), s.axon() ? 0 : 1);
		walk.grow(paths, neuron, s.p(), back, s.radius(), s.axon() ? 0 : 1);
	}

	private double[] tilted(double angle) {
		double phi = 2 * Math.PI * random.nextDouble();
		return new double[] { StrictMath.sin(angle) * StrictMath.cos(phi), StrictMath.sin(angle) * StrictMath.sin(phi), StrictMath.cos(angle) };
	}

	private double[] randomDirection() {
		double cz = 2 * random.nextDouble() - 1, phi = 2 * Math.PI * random.nextDouble(), s = Math.sqrt(1 - cz * cz);
		return new double[] { s * StrictMath.cos(phi), s * StrictMath.sin(phi), cz };
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
