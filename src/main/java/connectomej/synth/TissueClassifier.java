package connectomej.synth;

/**
 * Decides what lies at a point from the nearest neurons and the indexed organelles: membranes (a dark band along
 * each contact surface of two neurons), small extracellular pockets where three neurons meet, synaptic clefts and
 * PSDs on the contact discs of synapses, mitochondria and vesicles.
 * <p>
 * In serial-section TEM a voxel images a whole section: an oblique membrane projects onto a wider, paler band
 * (half width w/2 + t |n_z| / 2 for section thickness t and unit normal n), which this reproduces in closed form.
 */
final class TissueClassifier {

	/** Thickness (nm) of the dark band of two apposed plasma membranes. */
	static final double MEMBRANE_NM = 14;
	/** Half width (nm) of the cleft band, membranes included (the cleft itself is ~20 nm). */
	static final double CLEFT_HALF_NM = 15;
	/** Thickness (nm) of the postsynaptic density. */
	static final double PSD_NM = 35;
	private static final double POCKET_NM = 28;
	/** Cap (nm) on the widening used for the cleft band and for keeping mitochondria out of membranes. */
	static final double MAX_RENDER_WIDENING_NM = 8;

	private final SynthGeometry g;
	private final double sectionNm;
	private final double[] along = new double[1];

	TissueClassifier(SynthGeometry geometry) {
		this.g = geometry;
		this.sectionNm = geometry.settings.modality().projectsSections() ? geometry.settings.voxelSize().z() : 0;
	}

	/** Classifies the point (nm) with its nearest neurons into out. */
	void classify(double x, double y, double z, NearestNeurons near, TissueSample out) {
		out.reset();
		if (near.count == 0) {
			out.extracellular = true;
			return;
		}
		out.nearest = near.id[0];
		double widening = membrane(near, out);
		boolean band = out.interfaceDistance < MEMBRANE_NM / 2 + widening;
		double cappedWidening = Math.min(widening, MAX_RENDER_WIDENING_NM);
		boolean cappedBand = out.interfaceDistance < MEMBRANE_NM / 2 + cappedWidening;
		if (near.count == 3 && distanceToContact(near, 2) < POCKET_NM / 2)
			out.extracellular = band = cappedBand = true;
		if (near.count >= 2 && synapse(x, y, z, near, out, cappedWidening))
			band = cappedBand = true;
		out.label = band ? 0 : out.nearest;
		if (!cappedBand)
			mitochondrion(x, y, z, out);
		vesicle(x, y, z, out);
	}

	/**
	 * Sets distance, band and stain of the nearest contact; returns the band's widening (nm) by the section, or
	 * -{@link #MEMBRANE_NM} / 2 (a band of no width) where there is no contact.
	 */
	private double membrane(NearestNeurons near, TissueSample out) {
		if (near.count < 2)
			return -MEMBRANE_NM / 2;
		double gx = near.gx[1] - near.gx[0], gy = near.gy[1] - near.gy[0], gz = near.gz[1] - near.gz[0];
		double norm = Math.sqrt(gx * gx + gy * gy + gz * gz);
		if (norm < 1e-9)
			return -MEMBRANE_NM / 2;
		out.interfaceDistance = (near.f[1] - near.f[0]) / norm;
		double widening = sectionNm / 2 * Math.abs(gz) / norm;
		out.bandHalfWidth = MEMBRANE_NM / 2 + widening;
		double ratio = MEMBRANE_NM / 2 / out.bandHalfWidth;
		out.stain = Math.sqrt(ratio) * Math.sqrt(Math.sqrt(ratio)); // ratio^0.75, exact on every platform
		return widening;
	}

	/** Distance (nm) to the contact surface of the nearest neuron with the k-th nearest, from the difference of f. */
	private static double distanceToContact(NearestNeurons near, int k) {
		double gx = near.gx[k] - near.gx[0], gy = near.gy[k] - near.gy[0], gz = near.gz[k] - near.gz[0];
		double norm = Math.sqrt(gx * gx + gy * gy + gz * gz);
		return norm < 1e-9 ? Double.POSITIVE_INFINITY : (near.f[k] - near.f[0]) / norm;
	}

	/** Marks cleft and PSD; true if the point is in a cleft. */
	private boolean synapse(double x, double y, double z, NearestNeurons near, TissueSample out, double widening) {
		for (int i : g.siteGrid.at(x, y, z)) {
			SynapseSite s = g.sites.get(i);
			double lateral = s.joins(near.id[0], near.id[1]) ? s.lateralDistance(x, y, z) : Double.POSITIVE_INFINITY;
			if (lateral > s.radius())
				continue;
			out.synapseNear = s.id();
			double l2 = lateral * lateral / (s.radius() * s.radius()), taper = 1 - l2 * l2;
			double t = out.interfaceDistance;
			if (t < CLEFT_HALF_NM + widening) {
				out.cleft = s.id();
				return true;
			}
			if (near.id[0] == s.post() && t < CLEFT_HALF_NM + PSD_NM * taper)
				out.psd = (t - CLEFT_HALF_NM) / (PSD_NM * taper);
			return false;
		}
		return false;
	}

	private void mitochondrion(double x, double y, double z, TissueSample out) {
		for (int i : g.mitoGrid.at(x, y, z)) {
			Mitochondrion m = g.mitos.get(i);
			if (m.owner() != out.nearest)
				continue;
			double d = m.distance(x, y, z, along);
			if (d < m.radius()) {
				out.mito = i;
				out.mitoAlong = along[0];
				out.mitoRadial = d / m.radius();
				return;
			}
		}
	}

	private void vesicle(double x, double y, double z, TissueSample out) {
		for (int i : g.vesicleGrid.at(x, y, z)) {
			Vesicle v = g.vesicles.get(i);
			double dz = sectionNm > 0 ? (Math.abs(v.z() - z) < sectionNm / 2 ? 0 : Double.POSITIVE_INFINITY) : v.z() - z;
			double d = Math.sqrt((v.x() - x) * (v.x() - x) + (v.y() - y) * (v.y() - y) + dz * dz);
			if (d < v.radius()) {
				out.vesicleRadial = d / v.radius();
				return;
			}
		}
	}
}
