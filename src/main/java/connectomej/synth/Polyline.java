package connectomej.synth;

import java.util.Arrays;

/** A growable list of centre points with radii (nm), turned into a {@link NeuritePath} when complete. */
final class Polyline {

	private double[] x = new double[16], y = new double[16], z = new double[16], r = new double[16];
	private int size;

	void add(double[] p, double radius) {
		if (size == x.length) {
			x = Arrays.copyOf(x, size * 2);
			y = Arrays.copyOf(y, size * 2);
			z = Arrays.copyOf(z, size * 2);
			r = Arrays.copyOf(r, size * 2);
		}
		x[size] = p[0];
		y[size] = p[1];
		z[size] = p[2];
		r[size++] = radius;
	}

	NeuritePath toPath(int neuron, boolean axon) {
		return new NeuritePath(neuron, axon, Arrays.copyOf(x, size), Arrays.copyOf(y, size), Arrays.copyOf(z, size),
			Arrays.copyOf(r, size));
	}
}
