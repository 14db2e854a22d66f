package connectomej.synth;

import java.util.List;
import java.util.SplittableRandom;


/**
 * One growing tube: a persistent random walk of the direction (smooth paths), a slowly varying radius (axons swell
 * into boutons every ~1-2 um) and, for dendrites, branches that leave at 25-60 degrees.
 */
final class TubeWalk {

	private static final double TURN = 0.09;
	private static final double BRANCH_PER_STEP = 0.012;
	private static final int MAX_STEPS = 2000;

	private final SplittableRandom random;
	private final GrowthBox box;
	private final double maxTilt;
	private final boolean axon;
	private final TubeObstacles obstacles;

	/** A walker; obstacles may be null (nothing to avoid). */
	TubeWalk(SplittableRandom random, GrowthBox box, double maxTilt, boolean axon, TubeObstacles obstacles) {
		this.random = random;
		this.box = box;
		this.maxTilt = maxTilt;
		this.axon = axon;
		this.obstacles = obstacles;
	}

	/** Grows one path from p along d until it leaves the box; adds it (and its branches) to paths; returns length nm. */
	double grow(List<NeuritePath> paths, int neuron, double[] start, double[] dir, double radius, int branchDepth) {
		double[] p = start.clone(), d = dir.clone();
		double phase = 2 * Math.PI * random.nextDouble(), period = 900 + 1200 * random.nextDouble();
		Polyline line = new Polyline();
		line.add(p, radiusAt(radius, 0, phase, period));
		double length = 0;
		for (int step = 1; step < MAX_STEPS && box.contains(p); step++) {
			turn(d);
			for (int k = 0; k < 3; k++)
				p[k] += d[k] * NeuriteGrower.STEP_NM;
			length += NeuriteGrower.STEP_NM;
			double r = radiusAt(radius, length, phase, period);
			double[] normal = obstacles == null ? null : obstacles.pushOut(p, r);
			if (normal != null)
				slideAlong(normal, d);
			line.add(p, r);
			if (branchDepth > 0 && random.nextDouble() < BRANCH_PER_STEP)
				length += branch(paths, neuron, p, d, radius, branchDepth);
		}
		paths.add(line.toPath(neuron, axon));
		return length;
	}

	private double branch(List<NeuritePath> paths, int neuron, double[] p, double[] d, double radius, int depth) {
		double angle = 0.45 + 0.6 * random.nextDouble();
		double[] side = perpendicular(d);
		double[] bd = new double[3];
		for (int k = 0; k < 3; k++)
			bd[k] = StrictMath.cos(angle) * d[k] + StrictMath.sin(angle) * side[k];
		double childRadius = Math.max(60, radius * (0.4 + 0.3 * random.nextDouble()));
		return new TubeWalk(random, box, maxTilt, axon, obstacles).grow(paths, neuron, p, bd, childRadius, depth - 1);
	}

	/** After a push, the walk slides along the obstacle: the part of d heading into it is removed. */
	private static void slideAlong(double[] normal, double[] d) {
		double into = d[0] * normal[0] + d[1] * normal[1] + d[2] * normal[2];
		if (into >= 0)
			return;
		for (int k = 0; k < 3; k++)
			d[k] -= into * normal[k];
		if (d[0] * d[0] + d[1] * d[1] + d[2] * d[2] > 1e-12)
			normalize(d);
		else
			System.arraycopy(normal, 0, d, 0, 3);
	}

	private double radiusAt(double base, double s, double phase, double period) {
		double wave = 1 + 0.18 * StrictMath.sin(2 * Math.PI * s / period + phase);
		if (!axon)
			return base * wave;
		double u = ((s / period + phase) % 1.0) - 0.5;
		return base * (wave + 0.7 * StrictMath.exp(-u * u / 0.01));
	}

	private void turn(double[] d) {
		for (int k = 0; k < 3; k++)
			d[k] += TURN * gaussian();
		normalize(d);
		if (Math.abs(d[2]) < StrictMath.cos(maxTilt)) {
			d[2] += Math.signum(d[2] == 0 ? 1 : d[2]) * 0.15;
			normalize(d);
		}
	}

	private double[] perpendicular(double[] d) {
		double[] a = Math.abs(d[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 };
		double phi = 2 * Math.PI * random.nextDouble();
		double[] u = cross(d, a);
		normalize(u);
		double[] v = cross(d, u);
		return new double[] { StrictMath.cos(phi) * u[0] + StrictMath.sin(phi) * v[0], StrictMath.cos(phi) * u[1] + StrictMath.sin(phi) * v[1],
			StrictMath.cos(phi) * u[2] + StrictMath.sin(phi) * v[2] };
	}

	private double gaussian() {
		double u1 = random.nextDouble(), u2 = random.nextDouble();
		return Math.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * Math.PI * u2);
	}

	static double[] cross(double[] a, double[] b) {
		return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
	}

	static void normalize(double[] v) {
		double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		for (int k = 0; k < 3; k++)
			v[k] /= n;
	}
}
