package connectomej.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places synapses on contacts between two distinct neurons, away from junctions of three and from each other. An
 * axon is presynaptic to a dendrite, as in cortical neuropil where boutons contact dendrites; contacts of two axons
 * are kept only now and then (either may be presynaptic), as are the rare contacts of two dendrites.
 */
final class SynapsePlacer {

	private static final double MIN_GAP_NM = 150;
	private static final double MIN_THIRD_GAP_NM = 90;
	/** Contacts between two axons are kept only this often: most cortical synapses are onto dendrites. */
	private static final double AXO_AXONIC_ACCEPTANCE = 0.2;

	private final SynthSettings settings;
	private final boolean[] axon;
	private final InterfaceProjection projection;
	private final SplittableRandom random;

	SynapsePlacer(SynthSettings settings, boolean[] axonByNeuron, NeuronQuery query) {
		this.settings = settings;
		this.axon = axonByNeuron;
		this.projection = new InterfaceProjection(query);
		this.random = new SplittableRandom(VoxelHash.mix(settings.seed() ^ 0x73796e61L));
	}

	/** Up to {@code settings.synapseCount()} sites with centres inside the volume, ids 1, 2, ... */
	List<SynapseSite> place() {
		List<SynapseSite> sites = new ArrayList<>();
		double[] extent = settings.extentNm();
		for (int attempt = 0; attempt < 300 * settings.synapseCount() && sites.size() < settings.synapseCount(); attempt++) {
			double[] p = { random.nextDouble() * extent[0], random.nextDouble() * extent[1], random.nextDouble() * extent[2] };
			double radius = 100 + 100 * random.nextDouble();
			boolean coin = random.nextBoolean();
			double keepAxoAxonic = random.nextDouble();
			InterfaceProjection.PairFilter pairs = (a, b) -> !axon[a] || !axon[b] || keepAxoAxonic < AXO_AXONIC_ACCEPTANCE;
			if (projection.project(p, pairs) && inside(p, extent) && projection.thirdGap > MIN_THIRD_GAP_NM && farFrom(sites, p, radius))
				sites.add(site(sites.size() + 1, p, radius, coin));
		}
		return sites;
	}

	private SynapseSite site(int id, double[] p, double radius, boolean coin) {
		int a = projection.a, b = projection.b;
		boolean aIsPre = axon[a] != axon[b] ? axon[a] : coin;
		double[] n = projection.normal.clone();
		if (!aIsPre)
			for (int k = 0; k < 3; k++)
				n[k] = -n[k];
		return new SynapseSite(id, p, n, radius, aIsPre ? a : b, aIsPre ? b : a);
	}

	private static boolean inside(double[] p, double[] extent) {
		for (int d = 0; d < 3; d++)
			if (p[d] < 0 || p[d] > extent[d])
				return false;
		return true;
	}

	/** True if a disc of the radius at p keeps {@value #MIN_GAP_NM} nm from every placed disc. */
	private static boolean farFrom(List<SynapseSite> sites, double[] p, double radius) {
		for (SynapseSite s : sites) {
			double[] c = s.centre();
			double dx = c[0] - p[0], dy = c[1] - p[1], dz = c[2] - p[2], min = s.radius() + radius + MIN_GAP_NM;
			if (dx * dx + dy * dy + dz * dz < min * min)
				return false;
		}
		return true;
	}
}
