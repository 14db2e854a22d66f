package connectomej.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vertices of already grown thick neurites, hashed into cells, so that thin neurites grown later slide around
 * them instead of running through them (in neuropil, processes press against each other; they never interpenetrate).
 */
final class TubeObstacles {

	private static final double CELL_NM = 400;

	private final Map<Long, List<double[]>> cells = new HashMap<>();
	private double maxRadius;

	/** Adds every vertex of the path as an obstacle {x, y, z, r} (nm). */
	void add(NeuritePath p) {
		for (int v = 0; v < p.size(); v++) {
			double[] o = { p.x()[v], p.y()[v], p.z()[v], p.r()[v] };
			cells.computeIfAbsent(key(o[0], o[1], o[2]), k -> new ArrayList<>()).add(o);
			maxRadius = Math.max(maxRadius, o[3]);
		}
	}

	/** True if a tube of radius r centred at q (nm) would overlap an obstacle. */
	boolean blocks(double[] q, double r) {
		return nearestOverlap(q, r) != null;
	}

	/**
	 * Moves q (nm, in place) out of the most overlapping obstacle vertex, to touch it; returns the unit outward
	 * normal of that obstacle at q, or null if q was free (or exactly at an obstacle's centre).
	 */
	double[] pushOut(double[] q, double r) {
		double[] o = nearestOverlap(q, r);
		if (o == null)
			return null;
		double dx = q[0] - o[0], dy = q[1] - o[1], dz = q[2] - o[2], d = Math.sqrt(dx * dx + dy * dy + dz * dz);
		if (d == 0)
			return null;
		double s = (o[3] + r) / d;
		q[0] = o[0] + dx * s;
		q[1] = o[1] + dy * s;
		q[2] = o[2] + dz * s;
		return new double[] { dx / d, dy / d, dz / d };
	}

	private double[] nearestOverlap(double[] q, double r) {
		double reach = maxRadius + r, worst = 0;
		double[] found = null;
		int span = (int) Math.ceil(reach / CELL_NM);
		long cx = cell(q[0]), cy = cell(q[1]), cz = cell(q[2]);
		for (long z = cz - span; z <= cz + span; z++)
			for (long y = cy - span; y <= cy + span; y++)
				for (long x = cx - span; x <= cx + span; x++)
					for (double[] o : cells.getOrDefault(pack(x, y, z), List.of())) {
						double dx = q[0] - o[0], dy = q[1] - o[1], dz = q[2] - o[2];
						double overlap = o[3] + r - Math.sqrt(dx * dx + dy * dy + dz * dz);
						if (overlap > worst) {
							worst = overlap;
							found = o;
						}
					}
		return found;
	}

	private static long cell(double v) {
		return (long) Math.floor(v / CELL_NM);
	}

	private static long key(double x, double y, double z) {
		return pack(cell(x), cell(y), cell(z));
	}

	private static long pack(long x, long y, long z) {
		return (x & 0x1fffff) | (y & 0x1fffff) << 21 | (z & 0x1fffff) << 42;
	}
}
