package connectomej.synth;

/**
 * The neurite tubes with a spatial index: answers "which neurons are nearest here" for any point, the same for
 * every block. Beyond {@link #cutoffNm()} outside every tube a point is extracellular space.
 */
final class NeuronField {

	private static final double CELL_NM = 256;

	final TubeSegments segments;
	final BoundsGrid grid;
	private final double cutoff;

	NeuronField(TubeSegments segments, GrowthBox box, double cutoffNm) {
		this.segments = segments;
		this.cutoff = cutoffNm;
		this.grid = new BoundsGrid(box, CELL_NM);
		for (int i = 0; i < segments.size; i++)
			index(i);
		grid.freeze();
	}

	private void index(int i) {
		TubeSegments s = segments;
		double reach = s.maxRadius(i) + cutoff;
		double[] min = { Math.min(s.ax[i], s.bx[i]) - reach, Math.min(s.ay[i], s.by[i]) - reach, Math.min(s.az[i], s.bz[i]) - reach };
		double[] max = { Math.max(s.ax[i], s.bx[i]) + reach, Math.max(s.ay[i], s.by[i]) + reach, Math.max(s.az[i], s.bz[i]) + reach };
		grid.add(i, min, max);
	}

	/** Largest f (nm) at which a neuron still counts as near. */
	double cutoffNm() {
		return cutoff;
	}

	/** A query with its own scratch space: one per thread. */
	NeuronQuery query() {
		return new NeuronQuery(this);
	}
}
