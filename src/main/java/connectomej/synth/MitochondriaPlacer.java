package connectomej.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places mitochondria inside neurites thick enough to hold one: 250-1000 nm long tubes along the centre line,
 * slightly off-centre, with radius about half the neurite's (at most 110 nm).
 */
final class MitochondriaPlacer {

	private static final double MIN_NEURITE_RADIUS = 60;

	private MitochondriaPlacer() {}

	/** Mitochondria for the paths, at {@code perMicron} per micrometre of eligible neurite. */
	static List<Mitochondrion> place(List<NeuritePath> paths, double perMicron, long seed) {
		SplittableRandom random = new SplittableRandom(VoxelHash.mix(seed ^ 0x6d69746fL));
		double perStep = perMicron * NeuriteGrower.STEP_NM / 1000;
		List<Mitochondrion> mitos = new ArrayList<>();
		for (NeuritePath p : paths)
			for (int v = 0; v < p.size(); v++)
				if (random.nextDouble() < perStep && p.r()[v] >= MIN_NEURITE_RADIUS) {
					int len = 3 + random.nextInt(10);
					if (v + len < p.size()) {
						mitos.add(along(p, v, len + 1, random));
						v += len;
					}
				}
		return mitos;
	}

	private static Mitochondrion along(NeuritePath p, int from, int n, SplittableRandom random) {
		double rMin = Double.POSITIVE_INFINITY;
		for (int v = from; v < from + n; v++)
			rMin = Math.min(rMin, p.r()[v]);
		double radius = Math.min(110, rMin * (0.4 + 0.2 * random.nextDouble()));
		double shift = (rMin - radius) * 0.35;
		double[] off = { shift * (random.nextDouble() - 0.5), shift * (random.nextDouble() - 0.5), shift * (random.nextDouble() - 0.5) };
		double[] x = Arrays.copyOfRange(p.x(), from, from + n), y = Arrays.copyOfRange(p.y(), from, from + n);
		double[] z = Arrays.copyOfRange(p.z(), from, from + n);
		for (int i = 0; i < n; i++) {
			x[i] += off[0];
			y[i] += off[1];
			z[i] += off[2];
		}
		return new Mitochondrion(p.neuron(), x, y, z, radius);
	}
}
