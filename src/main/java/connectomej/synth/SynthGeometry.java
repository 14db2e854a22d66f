package connectomej.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Every primitive of a synthetic volume, defined once for the whole volume from the seed and indexed in space:
 * neurite tubes, mitochondria, synapse discs and vesicles. Immutable after construction, shared by all threads.
 */
final class SynthGeometry {

	/** How far outside every tube (nm) a point may be and still belong to a neuron. */
	static final double CUTOFF_NM = 250;
	private static final double MARGIN_NM = 500;
	private static final double FEATURE_CELL_NM = 256;

	final SynthSettings settings;
	final GrowthBox box;
	final NeuronField field;
	final boolean[] axon;
	final List<Mitochondrion> mitos;
	final BoundsGrid mitoGrid;
	final List<SynapseSite> sites;
	final BoundsGrid siteGrid;
	final List<Vesicle> vesicles;
	final BoundsGrid vesicleGrid;
	/** The synapse table: one row per site, same ids. */
	final List<Synapse> table;

	private SynthGeometry(SynthSettings settings, GrowthBox box, NeuronField field, boolean[] axon, List<Mitochondrion> mitos,
		List<SynapseSite> sites, List<Vesicle> vesicles, List<Synapse> table) {
		this.settings = settings;
		this.box = box;
		this.field = field;
		this.axon = axon;
		this.mitos = mitos;
		this.mitoGrid = index(box, mitos.stream().map(Mitochondrion::bounds).toList());
		this.sites = sites;
		this.siteGrid = index(box, sites.stream().map(SynapseSite::bounds).toList());
		this.vesicles = vesicles;
		this.vesicleGrid = index(box, vesicles.stream().map(Vesicle::bounds).toList());
		this.table = List.copyOf(table);
	}

	/** Grows the geometry of the settings' volume. */
	static SynthGeometry build(SynthSettings s) {
		GrowthBox box = new GrowthBox(s, MARGIN_NM);
		List<NeuritePath> paths = NeuriteGrower.grow(s, box);
		boolean[] axon = axonFlags(paths);
		NeuronField field = new NeuronField(new TubeSegments(paths), box, CUTOFF_NM);
		List<Mitochondrion> mitos = MitochondriaPlacer.place(paths, s.mitoDensity(), s.seed());
		NeuronQuery query = field.query();
		List<SynapseSite> placed = new SynapsePlacer(s, axon, query).place();
		SynthGeometry withoutVesicles = new SynthGeometry(s, box, field, axon, mitos, placed, List.of(), List.of());
		SynapseCensus census = new SynapseCensus(withoutVesicles);
		VesicleCloud clouds = new VesicleCloud(s, query, mitos, withoutVesicles.mitoGrid);
		List<Vesicle> vesicles = new ArrayList<>();
		for (SynapseSite site : census.kept)
			vesicles.addAll(clouds.fill(site));
		return new SynthGeometry(s, box, field, axon, mitos, census.kept, vesicles, census.table);
	}

	/** Number of neuron ids in use: ids are 1..count. */
	int neuronCount() {
		return axon.length - 1;
	}

	private static boolean[] axonFlags(List<NeuritePath> paths) {
		int max = 0;
		for (NeuritePath p : paths)
			max = Math.max(max, p.neuron());
		boolean[] axon = new boolean[max + 1];
		for (NeuritePath p : paths)
			axon[p.neuron()] = p.axon();
		return axon;
	}

	private static BoundsGrid index(GrowthBox box, List<double[][]> bounds) {
		BoundsGrid g = new BoundsGrid(box, FEATURE_CELL_NM);
		for (int i = 0; i < bounds.size(); i++)
			g.add(i, bounds.get(i)[0], bounds.get(i)[1]);
		return g.freeze();
	}
}
