package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.metrics.DetectionScores;
import connectomej.metrics.PartnerMatching;
import connectomej.metrics.SynapseDetection;
import connectomej.metrics.SynapticPartner;
import connectomej.nn.ModelFiles;
import connectomej.nn.PixelMetrics;
import connectomej.nn.StoredModel;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

/**
 * Issue 5 acceptance run. {@code epfl CLEFT VESICLE DIRECT}: the 7 validation sections (file order 20..26) of EPFL,
 * per section, PSD objects = 2D components of the PSD mask. {@code synth CLEFT VESICLE DIRECT TUNE_DIR TEST_DIR...}:
 * rules tuned on one synthetic volume, scored on the others with ground-truth neuron ids as segments.
 */
public final class SynapseExperiment {

	static final ExecutorService POOL = Executors.newFixedThreadPool(2);
	static final double PARTNER_NM = 250;
	static final long MIN_OVERLAP = 1;
	/** The EPFL TIFF carries no calibration: about 5 nm isotropic (data README). */
	static final VoxelSize EPFL_VOXEL = new VoxelSize(5, 5, 5);

	private SynapseExperiment() {}

	public static void main(String[] args) throws IOException {
		try {
			if (args[0].equals("epfl"))
				epfl(args);
			else
				synth(args);
		} finally {
			POOL.shutdownNow();
		}
	}

	record Maps(RandomAccessibleInterval<FloatType> cleft, RandomAccessibleInterval<FloatType> vesicle,
			RandomAccessibleInterval<FloatType> direct, double compositionalSeconds, double directSeconds) {}

	static Maps maps(Volume<UnsignedByteType> raw, String[] models) {
		StoredModel c = ModelFiles.load(Path.of(models[0]), SynapseMaps.CLEFT, 1), v = ModelFiles.load(Path.of(models[1]), SynapseMaps.VESICLE, 1),
				d = models[2].equals("none") ? null : ModelFiles.load(Path.of(models[2]), SynapseMaps.CLEFT, 1);
		long[] dims = raw.data().dimensionsAsLongArray();
		var cm = ArrayImgs.floats(dims);
		var vm = ArrayImgs.floats(dims);
		var dm = ArrayImgs.floats(dims);
		long t0 = System.nanoTime();
		SynapseMaps.predict(c, raw, cm, POOL, 2);
		SynapseMaps.predict(v, raw, vm, POOL, 2);
		long t1 = System.nanoTime();
		if (d == null)
			return new Maps(cm, vm, cm, (t1 - t0) / 1e9, 0);
		SynapseMaps.predict(d, raw, dm, POOL, 2);
		long t2 = System.nanoTime();
		return new Maps(cm, vm, dm, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
	}

	/** Ground-truth masks as maps: checks the rules alone ({@code synth gt gt gt ...}). */
	static Maps groundTruthMaps(String dir) throws IOException {
		var c = SynapseData.mask(dir, "cleft").data();
		var v = SynapseData.mask(dir, "vesicle").data();
		var cf = ArrayImgs.floats(c.dimensionsAsLongArray());
		var vf = ArrayImgs.floats(c.dimensionsAsLongArray());
		LoopBuilderCopy.copy(c, cf);
		LoopBuilderCopy.copy(v, vf);
		return new Maps(cf, vf, cf, 0, 0);
	}

	static final class LoopBuilderCopy {
		static void copy(RandomAccessibleInterval<UnsignedByteType> in, RandomAccessibleInterval<FloatType> out) {
			net.imglib2.loops.LoopBuilder.setImages(in, out).forEachPixel((i, o) -> o.set(i.get() != 0 ? 1 : 0));
		}
	}

	static List<SynapseRules.Settings> grid(boolean connect, long[] sizes) {
		List<SynapseRules.Settings> g = new ArrayList<>();
		for (double t : connect ? new double[] { 0.05, 0.1, 0.2, 0.3, 0.5 } : new double[] { 0.3, 0.5, 0.7 })
			for (long s : sizes)
				for (double e : new double[] { 1, 2 })
					for (double r : new double[] { 1, 1.5, 2.5 })
						for (double m : new double[] { 0, 0.03 })
							g.add(new SynapseRules.Settings(t, s, Long.MAX_VALUE, e, 150, m, r, connect));
		return g;
	}

	static SynapseRules.Settings direct(SynapseRules.Settings s) {
		return new SynapseRules.Settings(s.cleftThreshold(), s.minCleftVoxels(), s.maxCleftVoxels(), s.minElongation(), 150, 0, 1, s.connectSections());
	}

	static RandomAccessibleInterval<FloatType> ones(long[] dims) {
		ArrayImg<FloatType, ?> o = ArrayImgs.floats(dims);
		o.forEach(t -> t.set(1));
		return o;
	}

	// ---------------------------------------------------------------- EPFL

	static void epfl(String[] args) throws IOException {
		Volume<UnsignedByteType> all = SynapseData.raw("epfl");
		long z0 = 20, z1 = all.data().max(2);
		Volume<UnsignedByteType> raw = new Volume<>(Views.zeroMin(Views.interval(all.data(), new long[] { 0, 0, z0 },
				new long[] { all.data().max(0), all.data().max(1), z1 })), EPFL_VOXEL);
		RandomAccessibleInterval<UnsignedByteType> psd = section(SynapseData.mask("epfl", "cleft").data(), z0, z1),
				ves = section(SynapseData.mask("epfl", "vesicle").data(), z0, z1);
		var truth = ArrayImgs.ints(raw.data().dimensionsAsLongArray());
		long truthObjects = CleftCandidates.find(SynapseRules.floats(psd), raw.data().dimensionsAsLongArray(), 0.5, false).count;
		copyLabels(CleftCandidates.find(SynapseRules.floats(psd), raw.data().dimensionsAsLongArray(), 0.5, false), truth);
		Maps m = maps(raw, new String[] { args[1], args[2], args[3] });
		System.out.printf(Locale.ROOT, "EPFL validation sections %d..%d, %d PSD objects (2D components)%n", z0, z1, truthObjects);
		System.out.printf(Locale.ROOT, "pixel PSD (light): F1@0.5 %.3f AUC %.3f; PSD (direct): F1@0.5 %.3f AUC %.3f; vesicles: F1@0.5 %.3f AUC %.3f%n",
				pixel(m.cleft(), psd).f1(0.5), pixel(m.cleft(), psd).auc(), pixel(m.direct(), psd).f1(0.5), pixel(m.direct(), psd).auc(),
				pixel(m.vesicle(), ves).f1(0.5), pixel(m.vesicle(), ves).auc());
		compare(m, null, truth, raw.voxelSize(), grid(false, new long[] { 30, 100, 300, 800 }), raw.data().size());
	}

	static RandomAccessibleInterval<UnsignedByteType> section(RandomAccessibleInterval<UnsignedByteType> v, long z0, long z1) {
		return Views.zeroMin(Views.interval(v, new long[] { 0, 0, z0 }, new long[] { v.max(0), v.max(1), z1 }));
	}

	static void copyLabels(CleftCandidates c, ArrayImg<net.imglib2.type.numeric.integer.IntType, ?> out) {
		var cur = out.cursor();
		for (int l : c.labels)
			cur.next().set(l);
	}

	static PixelMetrics pixel(RandomAccessibleInterval<FloatType> p, RandomAccessibleInterval<UnsignedByteType> truth) {
		PixelMetrics m = new PixelMetrics();
		var a = Views.flatIterable(p).cursor();
		var b = Views.flatIterable(truth).cursor();
		while (a.hasNext())
			m.add(a.next().get(), b.next().get() != 0);
		return m;
	}

	/** Tunes and scores the compositional rules and the direct baseline on the same maps; prints the speed. */
	static void compare(Maps m, RandomAccessibleInterval<UnsignedLongType> segments, RandomAccessibleInterval<? extends net.imglib2.type.numeric.IntegerType<?>> truth,
			VoxelSize vs, List<SynapseRules.Settings> grid, long voxels) {
		double bestC = -1, bestD = -1, rulesSeconds = 0, directRulesSeconds = 0;
		SynapseRules.Settings sc = null, sd = null;
		DetectionScores dc = null, dd = null;
		var ones = ones(m.cleft().dimensionsAsLongArray());
		var labels = ArrayImgs.unsignedInts(m.cleft().dimensionsAsLongArray());
		for (SynapseRules.Settings s : grid) {
			long t = System.nanoTime();
			SynapseRules.detect(m.cleft(), m.vesicle(), segments, vs, s, labels);
			rulesSeconds = (System.nanoTime() - t) / 1e9;
			DetectionScores c = SynapseDetection.score(labels, truth, MIN_OVERLAP);
			if (c.f1() > bestC) {
				bestC = c.f1();
				sc = s;
				dc = c;
			}
			if (s.densityRatio() == 1 && s.minVesicleDensity() == 0) {
				t = System.nanoTime();
				SynapseRules.detect(m.direct(), ones, null, vs, direct(s), labels);
				directRulesSeconds = (System.nanoTime() - t) / 1e9;
				DetectionScores d = SynapseDetection.score(labels, truth, MIN_OVERLAP);
				if (d.f1() > bestD) {
					bestD = d.f1();
					sd = s;
					dd = d;
				}
			}
		}
		double comp = m.compositionalSeconds() + rulesSeconds, dir = m.directSeconds() + directRulesSeconds;
		System.out.println("compositional best " + sc + "\n  " + dc.toJson());
		System.out.println("direct baseline best " + direct(sd) + "\n  " + dd.toJson());
		System.out.printf(Locale.ROOT, "speed on %d voxels: compositional %.2f s (nets %.2f + rules %.2f) = %.0f voxels/s; direct %.2f s (net %.2f + components %.2f) = %.0f voxels/s; ratio %.1fx%n",
				voxels, comp, m.compositionalSeconds(), rulesSeconds, voxels / comp, dir, m.directSeconds(), directRulesSeconds, voxels / dir, dir / comp);
		lastBest = sc;
	}

	static SynapseRules.Settings lastBest;

	// ---------------------------------------------------------------- synthetic

	static void synth(String[] args) throws IOException {
		String[] models = { args[1], args[2], args[3] };
		SynapseRules.Settings tuned = null;
		List<SynapticPartner> truthAll = new ArrayList<>(), predictedAll = new ArrayList<>();
		int directionOk = 0, directionMatched = 0;
		for (int i = 4; i < args.length; i++) {
			String dir = args[i];
			Volume<UnsignedByteType> raw = SynapseData.raw(dir);
			RandomAccessibleInterval<UnsignedLongType> ids = SynapseData.labels(dir + "/neuron_ids.tif");
			var clefts = ArrayImgs.ints(raw.data().dimensionsAsLongArray());
			copyLabels(CleftCandidates.find(SynapseRules.floats(SynapseData.mask(dir, "cleft").data()), raw.data().dimensionsAsLongArray(), 0.5, true), clefts);
			Maps m = models[0].equals("gt") ? groundTruthMaps(dir) : maps(raw, models);
			System.out.println("== " + dir + (i == 4 ? " (tuning)" : " (test)"));
			compare(m, ids, clefts, raw.voxelSize(), i == 4 ? grid(true, new long[] { 100, 300, 1000 }) : List.of(tuned), raw.data().size());
			if (i == 4) {
				tuned = lastBest;
				continue;
			}
			List<DetectedSynapse> found = SynapseRules.detect(m.cleft(), m.vesicle(), ids, raw.voxelSize(), tuned, ArrayImgs.unsignedInts(raw.data().dimensionsAsLongArray()));
			List<SynapticPartner> truth = truth(dir, raw.voxelSize());
			List<SynapticPartner> predicted = found.stream().map(s -> new SynapticPartner(s.pre(), s.post(), s.x() * raw.voxelSize().x(),
					s.y() * raw.voxelSize().y(), s.z() * raw.voxelSize().z())).toList();
			for (SynapticPartner p : predicted) {
				SynapticPartner t = truth.stream().filter(q -> samePair(p, q) && p.distanceTo(q) <= 2 * PARTNER_NM).findFirst().orElse(null);
				if (t != null) {
					directionMatched++;
					directionOk += t.pre() == p.pre() ? 1 : 0;
				}
			}
			System.out.println("  partners: " + PartnerMatching.score(truth, predicted, PARTNER_NM).toJson() + " detected " + found);
			truthAll.addAll(shift(truth, i));
			predictedAll.addAll(shift(predicted, i));
		}
		System.out.printf(Locale.ROOT, "ALL TEST VOLUMES: CREMI partner (%.0f nm) %s; direction correct %d / %d%n", PARTNER_NM,
				PartnerMatching.score(truthAll, predictedAll, PARTNER_NM).toJson(), directionOk, directionMatched);
	}

	static boolean samePair(SynapticPartner a, SynapticPartner b) {
		return (a.pre() == b.pre() && a.post() == b.post()) || (a.pre() == b.post() && a.post() == b.pre());
	}

	/** Moves each volume's synapses far apart so one matching over all volumes never mixes them. */
	static List<SynapticPartner> shift(List<SynapticPartner> l, int volume) {
		return l.stream().map(p -> new SynapticPartner(p.pre() + volume * 1_000_000L, p.post() + volume * 1_000_000L, p.x(), p.y(), p.z())).toList();
	}

	static List<SynapticPartner> truth(String dir, VoxelSize vs) throws IOException {
		CsvTable t = CsvTables.read(Path.of(dir, "synapses.csv"));
		List<SynapticPartner> out = new ArrayList<>();
		for (int r = 0; r < t.rows().size(); r++)
			out.add(new SynapticPartner((long) t.number(r, "pre"), (long) t.number(r, "post"), t.number(r, "x") * vs.x(),
					t.number(r, "y") * vs.y(), t.number(r, "z") * vs.z()));
		return out;
	}
}
