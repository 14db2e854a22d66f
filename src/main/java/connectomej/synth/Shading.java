package connectomej.synth;

/**
 * Grey values (0-255, before blur and noise) of a classified point, in the look of osmium-stained EM: light
 * cytoplasm with a faint granular texture that differs a little between cells, dark membranes, darker clefts and
 * PSDs, dark mitochondria with cristae, vesicles as dark rings with light lumens, grey extracellular pockets.
 */
final class Shading {

	private static final double MEMBRANE = 45, CLEFT = 40, POCKET = 150;
	private static final double MITO_MATRIX = 105, MITO_CRISTA = 72, MITO_OUTER = 60;
	private static final double VESICLE_RIM = 70, VESICLE_LUMEN = 160;
	private static final double CRISTA_PERIOD_NM = 42;

	private final long seed;

	Shading(long seed) {
		this.seed = seed;
	}

	/** The clean grey value at the point (nm). */
	double grey(TissueSample s, double x, double y, double z) {
		double v = cytoplasm(s.nearest, x, y, z);
		if (s.mito >= 0)
			v = mitochondrion(s, x, y, z);
		v = membrane(s, v);
		if (!Double.isNaN(s.psd))
			v -= 85 * (1 - s.psd * s.psd) * (0.8 + 0.4 * ValueNoise.at(seed + 5, x / 12, y / 12, z / 12));
		if (s.extracellular)
			v = s.nearest == 0 ? POCKET : Math.max(v, POCKET - 10);
		if (!Double.isNaN(s.vesicleRadial))
			v = vesicle(s.vesicleRadial);
		return v;
	}

	private double cytoplasm(int neuron, double x, double y, double z) {
		double tone = (VoxelHash.uniform(seed, neuron, 17, 3) - 0.5) * 26;
		double coarse = ValueNoise.at(seed + 1, x / 110, y / 110, z / 110) - 0.5;
		double fine = ValueNoise.at(seed + 2, x / 22, y / 22, z / 22) - 0.5;
		double v = 166 + tone + 30 * coarse + 30 * fine;
		return v - 80 * granule(x, y, z);
	}

	/** Darkness in [0, 1] of sparse granules (~12-24 nm; ribosomes, glycogen, microtubules cut across): at most one per 45 nm cell. */
	private double granule(double x, double y, double z) {
		final double cell = 40;
		long cx = (long) Math.floor(x / cell), cy = (long) Math.floor(y / cell), cz = (long) Math.floor(z / cell);
		long h = VoxelHash.hash(seed + 3, cx, cy, cz);
		if (VoxelHash.uniform(h) > 0.6)
			return 0;
		double gx = (cx + 0.2 + 0.6 * VoxelHash.uniform(VoxelHash.mix(h + 1))) * cell;
		double gy = (cy + 0.2 + 0.6 * VoxelHash.uniform(VoxelHash.mix(h + 2))) * cell;
		double gz = (cz + 0.2 + 0.6 * VoxelHash.uniform(VoxelHash.mix(h + 3))) * cell;
		double r = 7 + 6 * VoxelHash.uniform(VoxelHash.mix(h + 4));
		double d2 = ((gx - x) * (gx - x) + (gy - y) * (gy - y) + (gz - z) * (gz - z)) / (r * r);
		return d2 >= 1 ? 0 : 1 - d2 * d2;
	}

	private double membrane(TissueSample s, double v) {
		double half = s.cleft != 0 || s.synapseNear != 0 && s.interfaceDistance < TissueClassifier.CLEFT_HALF_NM
			? Math.max(s.bandHalfWidth, TissueClassifier.CLEFT_HALF_NM) : s.bandHalfWidth;
		double dark = s.cleft != 0 ? CLEFT : MEMBRANE;
		double u = s.interfaceDistance / half;
		double weight = Math.min(1, s.stain * (s.cleft != 0 ? 1.3 : 1)) / (1 + u * u * u * u);
		return v + (dark - v) * weight;
	}

	private double mitochondrion(TissueSample s, double x, double y, double z) {
		if (s.mitoRadial > 0.82)
			return MITO_OUTER;
		long h = VoxelHash.hash(seed, s.mito, 31, 7);
		double ux = VoxelHash.uniform(VoxelHash.mix(h + 1)) - 0.5, uy = VoxelHash.uniform(VoxelHash.mix(h + 2)) - 0.5;
		double uz = VoxelHash.uniform(VoxelHash.mix(h + 3)) - 0.5, n = Math.sqrt(ux * ux + uy * uy + uz * uz) + 1e-9;
		double across = (x * ux + y * uy + z * uz) / n;
		double wobble = 3 * ValueNoise.at(seed + 4, x / 60, y / 60, z / 60);
		double stripe = StrictMath.sin(2 * Math.PI * (0.4 * s.mitoAlong + across) / CRISTA_PERIOD_NM + wobble);
		return stripe > 0.35 ? MITO_CRISTA : MITO_MATRIX + 10 * (ValueNoise.at(seed + 6, x / 15, y / 15, z / 15) - 0.5);
	}

	private static double vesicle(double radial) {
		if (radial > 0.62)
			return VESICLE_RIM;
		double r2 = radial * radial / (0.62 * 0.62);
		return VESICLE_LUMEN - (VESICLE_LUMEN - VESICLE_RIM) * r2 * r2 * r2;
	}
}
