package connectomej.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the presynaptic side of a synapse with a cloud of ~40 nm vesicles within ~300 nm of the cleft, denser near
 * it, none overlapping, each wholly inside the presynaptic neuron and outside its mitochondria.
 */
final class VesicleCloud {

	private static final double MEMBRANE_CLEARANCE_NM = 8;
	/** Half side (nm) of the box around a cleft centre that holds its cloud: depth 304 + spread 250 + a section. */
	private static final double CLOUD_REACH_NM = 600;

	private final SynthSettings settings;
	private final NeuronQuery query;
	private final BoundsGrid mitoGrid;
	private final List<Mitochondrion> mitos;
	private final NearestNeurons near = new NearestNeurons();

	VesicleCloud(SynthSettings settings, NeuronQuery query, List<Mitochondrion> mitos, BoundsGrid mitoGrid) {
		this.settings = settings;
		this.query = query;
		this.mitos = mitos;
		this.mitoGrid = mitoGrid;
	}

	/** The vesicles of one synapse. */
	List<Vesicle> fill(SynapseSite site) {
		SplittableRandom random = new SplittableRandom(VoxelHash.hash(settings.seed(), site.id(), 0x766573L, 0));
		int target = 60 + random.nextInt(80);
		List<Vesicle> cloud = new ArrayList<>();
		selectCloudRegion(site);
		for (int attempt = 0; attempt < 10 * target && cloud.size() < target; attempt++) {
			Vesicle v = candidate(site, random);
			if (inCloudRegion(v, site) && !overlapsAny(v, cloud) && fits(v, site.pre()))
				cloud.add(v);
		}
		return cloud;
	}

	/** Selects the neurite segments for the box that holds every possible vesicle centre of the site. */
	private void selectCloudRegion(SynapseSite site) {
		double[] c = site.centre(), lo = new double[3], hi = new double[3];
		for (int d = 0; d < 3; d++) {
			lo[d] = c[d] - CLOUD_REACH_NM;
			hi[d] = c[d] + CLOUD_REACH_NM;
		}
		query.selectBox(lo, hi);
	}

	private static boolean inCloudRegion(Vesicle v, SynapseSite site) {
		double[] c = site.centre();
		return Math.abs(v.x() - c[0]) <= CLOUD_REACH_NM && Math.abs(v.y() - c[1]) <= CLOUD_REACH_NM
			&& Math.abs(v.z() - c[2]) <= CLOUD_REACH_NM;
	}

	private Vesicle candidate(SynapseSite s, SplittableRandom random) {
		double depth = 24 + 280 * StrictMath.pow(random.nextDouble(), 1.5);
		double spread = s.radius() * 1.25 * Math.sqrt(random.nextDouble()), phi = 2 * Math.PI * random.nextDouble();
		double[] u = TubeWalk.cross(s.normal(), Math.abs(s.normal()[0]) < 0.9 ? new double[] { 1, 0, 0 } : new double[] { 0, 1, 0 });
		TubeWalk.normalize(u);
		double[] w = TubeWalk.cross(s.normal(), u);
		double[] p = new double[3];
		for (int k = 0; k < 3; k++)
			p[k] = s.centre()[k] - depth * s.normal()[k] + spread * (StrictMath.cos(phi) * u[k] + StrictMath.sin(phi) * w[k]);
		if (settings.modality().projectsSections())
			p[2] = Math.rint(p[2] / settings.voxelSize().z()) * settings.voxelSize().z();
		return new Vesicle(p[0], p[1], p[2], 17 + 6 * random.nextDouble(), s.id());
	}

	private boolean fits(Vesicle v, int pre) {
		query.nearest(v.x(), v.y(), v.z(), near);
		if (near.count == 0 || near.id[0] != pre)
			return false;
		if (near.count > 1 && near.f[1] - near.f[0] < 2 * (v.radius() + MEMBRANE_CLEARANCE_NM))
			return false;
		return !inMitochondrion(v);
	}

	private boolean overlapsAny(Vesicle v, List<Vesicle> cloud) {
		boolean sections = settings.modality().projectsSections();
		for (Vesicle o : cloud) {
			double dz = sections ? (o.z() == v.z() ? 0 : Double.POSITIVE_INFINITY) : o.z() - v.z();
			double d2 = (o.x() - v.x()) * (o.x() - v.x()) + (o.y() - v.y()) * (o.y() - v.y()) + dz * dz;
			double min = o.radius() + v.radius() + 3;
			if (d2 < min * min)
				return true;
		}
		return false;
	}

	private boolean inMitochondrion(Vesicle v) {
		double[] along = new double[1];
		for (int m : mitoGrid.at(v.x(), v.y(), v.z()))
			if (mitos.get(m).distance(v.x(), v.y(), v.z(), along) < mitos.get(m).radius() + v.radius() + 5)
				return true;
		return false;
	}
}
