package connectomej.synth;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.FinalInterval;

/**
 * Measures each synapse's cleft inside the volume (voxel count and centroid) by classifying the voxels of its
 * disc region, and keeps only the synapses whose cleft has voxels there, renumbered 1..n.
 */
final class SynapseCensus {

	private final SynthGeometry geometry;
	final List<SynapseSite> kept = new ArrayList<>();
	final List<Synapse> table = new ArrayList<>();

	SynapseCensus(SynthGeometry geometry) {
		this.geometry = geometry;
		VoxelSweep sweep = new VoxelSweep(geometry);
		for (SynapseSite s : geometry.sites)
			measure(sweep, s);
	}

	private void measure(VoxelSweep sweep, SynapseSite s) {
		FinalInterval box = voxelBox(s);
		if (box == null)
			return;
		double[] sum = new double[4];
		sweep.sweep(box, (x, y, z) -> s.lateralDistance(x, y, z) <= s.radius(), (i, x, y, z, sample) -> {
			if (sample.cleft == s.id()) {
				sum[0] += x;
				sum[1] += y;
				sum[2] += z;
				sum[3]++;
			}
		});
		if (sum[3] == 0)
			return;
		int id = kept.size() + 1;
		kept.add(new SynapseSite(id, s.centre(), s.normal(), s.radius(), s.pre(), s.post()));
		table.add(new Synapse(id, sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], s.pre(), s.post(), (long) sum[3]));
	}

	/** The site's bounding box in voxels, clipped to the volume, or null if it misses the volume. */
	private FinalInterval voxelBox(SynapseSite s) {
		double[][] b = s.bounds();
		double[] v = geometry.settings.voxelSize().toArray();
		long[] size = geometry.settings.interval().dimensionsAsLongArray();
		long[] min = new long[3], max = new long[3];
		for (int d = 0; d < 3; d++) {
			min[d] = Math.max(0, (long) Math.floor(b[0][d] / v[d]));
			max[d] = Math.min(size[d] - 1, (long) Math.ceil(b[1][d] / v[d]));
			if (min[d] > max[d])
				return null;
		}
		return new FinalInterval(min, max);
	}
}
