package connectomej.synth;

import net.imglib2.Interval;

/**
 * Visits every voxel of an interval, x fastest, in tiles of ~64 nm so that each tile needs only the few neurite
 * segments that can matter there, and classifies it. Voxel (i, j, k) has its centre at (i vx, j vy, k vz) nm.
 */
final class VoxelSweep {

	/** Receives each voxel: its index in the interval (x fastest), its coordinates and what lies there. */
	interface Visitor {
		void visit(int index, long x, long y, long z, TissueSample sample);
	}

	/** Chooses which voxels to classify, by their centre (nm). */
	interface Filter {
		boolean accept(double x, double y, double z);
	}

	private static final double TILE_NM = 64;

	private final SynthGeometry geometry;
	private final double[] v;
	private final int[] tile = new int[3];

	VoxelSweep(SynthGeometry geometry) {
		this.geometry = geometry;
		this.v = geometry.settings.voxelSize().toArray();
		for (int d = 0; d < 3; d++)
			tile[d] = (int) Math.max(1, Math.round(TILE_NM / v[d]));
	}

	/** Classifies every voxel of the interval (which may lie partly or wholly outside the volume). */
	void sweep(Interval interval, Visitor visitor) {
		sweep(interval, (x, y, z) -> true, visitor);
	}

	/** Classifies the voxels of the interval that the filter accepts. */
	void sweep(Interval interval, Filter filter, Visitor visitor) {
		NeuronQuery query = geometry.field.query();
		TissueClassifier classifier = new TissueClassifier(geometry);
		NearestNeurons near = new NearestNeurons();
		TissueSample sample = new TissueSample();
		long[] min = interval.minAsLongArray(), max = interval.maxAsLongArray();
		int dx = (int) interval.dimension(0), dy = (int) interval.dimension(1);
		double[] lo = new double[3], hi = new double[3];
		for (long tz = min[2]; tz <= max[2]; tz += tile[2])
			for (long ty = min[1]; ty <= max[1]; ty += tile[1])
				for (long tx = min[0]; tx <= max[0]; tx += tile[0]) {
					long[] t0 = { tx, ty, tz }, t1 = new long[3];
					for (int d = 0; d < 3; d++) {
						t1[d] = Math.min(t0[d] + tile[d] - 1, max[d]);
						lo[d] = t0[d] * v[d];
						hi[d] = t1[d] * v[d];
					}
					boolean selected = false;
					for (long z = tz; z <= t1[2]; z++)
						for (long y = ty; y <= t1[1]; y++)
							for (long x = tx; x <= t1[0]; x++) {
								double px = x * v[0], py = y * v[1], pz = z * v[2];
								if (!filter.accept(px, py, pz))
									continue;
								if (!selected) {
									query.selectBox(lo, hi);
									selected = true;
								}
								query.nearest(px, py, pz, near);
								classifier.classify(px, py, pz, near, sample);
								int index = (int) ((x - min[0]) + dx * ((y - min[1]) + (long) dy * (z - min[2])));
								visitor.visit(index, x, y, z, sample);
							}
				}
	}
}
