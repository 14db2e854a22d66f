package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.metrics.DetectionScores;
import connectomej.metrics.SynapseDetection;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.volume.Volume;

/**
 * Issue 5, EPFL session-2 protocol: nets trained on sections 0-16 (epoch chosen on 17-20), rule parameters chosen on
 * the tuning sections 17-20, object F1 reported on the test sections 21-26, used for nothing else. The compositional
 * detector (light cleft + vesicle nets + {@link SynapseRules}) and the direct baseline (one large net + the same
 * components and size filter) are tuned on the same grid and timed side by side on the test sections.
 * {@code SynapseProtocol CLEFT VESICLE DIRECT ROUNDS}; CLEFT and VESICLE may list several nets (comma-separated): the pair
 * is chosen on the tuning sections with the rules (session 3).
 */
public final class SynapseProtocol {

	static final long TUNE_FIRST = 17, TUNE_LAST = 20, TEST_FIRST = 21, TEST_LAST = 26;

	/** One part of the EPFL stack: raw, PSD and vesicle masks, PSD objects (2D components) as labels. */
	record Part(String name, Volume<UnsignedByteType> raw, RandomAccessibleInterval<UnsignedByteType> psd,
			RandomAccessibleInterval<UnsignedByteType> vesicles, ArrayImg<IntType, ?> truth, long objects) {

		static Part of(String name, long z0, long z1) throws IOException {
			Volume<UnsignedByteType> all = SynapseData.raw("epfl");
			Volume<UnsignedByteType> raw = new Volume<>(SynapseExperiment.section(all.data(), z0, z1), SynapseExperiment.EPFL_VOXEL);
			var psd = SynapseExperiment.section(SynapseData.mask("epfl", "cleft").data(), z0, z1);
			var ves = SynapseExperiment.section(SynapseData.mask("epfl", "vesicle").data(), z0, z1);
			return of(name, raw, psd, ves);
		}

		/** A part from given sections; the PSD objects are the 2D components of the PSD mask. */
		static Part of(String name, Volume<UnsignedByteType> raw, RandomAccessibleInterval<UnsignedByteType> psd,
				RandomAccessibleInterval<UnsignedByteType> vesicles) {
			long[] dims = raw.data().dimensionsAsLongArray();
			CleftCandidates c = CleftCandidates.find(SynapseRules.floats(psd), dims, 0.5, false);
			ArrayImg<IntType, ?> truth = ArrayImgs.ints(dims);
			SynapseExperiment.copyLabels(c, truth);
			return new Part(name, raw, psd, vesicles, truth, c.count);
		}
	}

	/** Maps of one part, with the seconds each detector's nets took. */
	record Maps(ArrayImg<FloatType, ?> cleft, ArrayImg<FloatType, ?> vesicle, ArrayImg<FloatType, ?> direct,
			RandomAccessibleInterval<FloatType> ones, double compositionalSeconds, double directSeconds) {}

	private SynapseProtocol() {}

	public static void main(String[] args) throws IOException {
		List<StoredModel> cleftNets = models(args[0], SynapseMaps.CLEFT), vesicleNets = models(args[1], SynapseMaps.VESICLE);
		StoredModel direct = ModelFiles.load(Path.of(args[2]), SynapseMaps.CLEFT, 1);
		int rounds = Integer.parseInt(args[3]);
		try {
			Part tune = Part.of("tuning 17-20", TUNE_FIRST, TUNE_LAST), test = Part.of("test 21-26", TEST_FIRST, TEST_LAST);
			Maps tm = maps(tune, cleftNets.get(0), vesicleNets.get(0), direct);
			Choice comp = null;
			StoredModel cleft = null, vesicle = null;
			for (int c = 0; c < cleftNets.size(); c++)
				for (int v = 0; v < vesicleNets.size(); v++) {
					Maps m = c + v == 0 ? tm : withLightNets(tune, tm, cleftNets.get(c), vesicleNets.get(v));
					System.out.print("cleft net " + (c + 1) + ", vesicle net " + (v + 1) + ": ");
					pixels(tune, m);
					Choice choice = tuneRules(tune, m, true);
					System.out.println("  best on tuning: " + choice);
					if (choice.betterThan(comp)) {
						comp = choice;
						cleft = cleftNets.get(c);
						vesicle = vesicleNets.get(v);
					}
				}
			Choice dir = tuneRules(tune, tm, false);
			System.out.println("chosen on tuning, compositional: cleft net " + (cleftNets.indexOf(cleft) + 1) + ", vesicle net "
					+ (vesicleNets.indexOf(vesicle) + 1) + ", " + comp);
			System.out.println("chosen on tuning, direct: " + dir);
			Maps m = null;
			for (int r = 0; r < rounds; r++) {
				m = maps(test, cleft, vesicle, direct);
				double[] rules = ruleSeconds(test, m, comp.settings, dir.settings);
				double c = m.compositionalSeconds + rules[0], d = m.directSeconds + rules[1], n = test.raw.data().size();
				System.out.printf(Locale.ROOT, "speed round %d, %d voxels: compositional %.2f s (nets %.2f + rules %.2f) = %.0f voxels/s; "
						+ "direct %.2f s (net %.2f + components %.2f) = %.0f voxels/s; ratio %.1fx%n", r + 1, (long) n, c,
						m.compositionalSeconds, rules[0], n / c, d, m.directSeconds, rules[1], n / d, d / c);
				for (int tile : new int[] { SynapseMaps.TILE_SIZE, 64 }) {
					double streamed = streamedSeconds(test, cleft, vesicle, comp.settings, m, tile);
					System.out.printf(Locale.ROOT, "speed round %d, streamed compositional (vesicle net only within reach of the cleft "
							+ "candidates, tiles %d, same detections): %.2f s = %.0f voxels/s; ratio %.1fx%n", r + 1, tile, streamed,
							n / streamed, d / streamed);
				}
			}
			pixels(test, m);
			System.out.println("TEST compositional: " + score(test, m, comp.settings, true).toJson());
			System.out.println("TEST direct:        " + score(test, m, dir.settings, false).toJson());
			System.out.println("for comparison, tuning-set F1: compositional " + comp.f1 + ", direct " + dir.f1);
		} finally {
			SynapseExperiment.POOL.shutdownNow();
		}
	}

	/** Comma-separated model files of one task. */
	static List<StoredModel> models(String files, String task) {
		List<StoredModel> out = new ArrayList<>();
		for (String f : files.split(","))
			out.add(ModelFiles.load(Path.of(f), task, 1));
		return out;
	}

	/** The maps of other light nets, the direct map kept. */
	static Maps withLightNets(Part p, Maps m, StoredModel cleft, StoredModel vesicle) {
		long[] dims = p.raw.data().dimensionsAsLongArray();
		var c = ArrayImgs.floats(dims);
		var v = ArrayImgs.floats(dims);
		SynapseMaps.predict(cleft, p.raw, c, SynapseExperiment.POOL, 2);
		SynapseMaps.predict(vesicle, p.raw, v, SynapseExperiment.POOL, 2);
		return new Maps(c, v, m.direct, m.ones, 0, 0);
	}

	static Maps maps(Part p, StoredModel cleft, StoredModel vesicle, StoredModel direct) {
		long[] dims = p.raw.data().dimensionsAsLongArray();
		var c = ArrayImgs.floats(dims);
		var v = ArrayImgs.floats(dims);
		var d = ArrayImgs.floats(dims);
		long t0 = System.nanoTime();
		SynapseMaps.predict(cleft, p.raw, c, SynapseExperiment.POOL, 2);
		SynapseMaps.predict(vesicle, p.raw, v, SynapseExperiment.POOL, 2);
		long t1 = System.nanoTime();
		SynapseMaps.predict(direct, p.raw, d, SynapseExperiment.POOL, 2);
		long t2 = System.nanoTime();
		return new Maps(c, v, d, SynapseExperiment.ones(dims), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
	}

	static void pixels(Part p, Maps m) {
		var c = SynapseExperiment.pixel(m.cleft, p.psd);
		var d = SynapseExperiment.pixel(m.direct, p.psd);
		var v = SynapseExperiment.pixel(m.vesicle, p.vesicles);
		System.out.printf(Locale.ROOT, "%s (%d PSD objects): pixel PSD light F1@0.5 %.3f AUC %.3f; PSD direct F1@0.5 %.3f AUC %.3f; "
				+ "vesicles F1@0.5 %.3f AUC %.3f%n", p.name, p.objects, c.f1(0.5), c.auc(), d.f1(0.5), d.auc(), v.f1(0.5), v.auc());
	}

	/**
	 * The best rule setting on the tuning sections, its object F1 there, and the mean F1 over the whole grid: with 21
	 * tuning objects many net pairs reach the same best F1, and the pair that does well over more of the grid is
	 * preferred (the more robust one).
	 */
	record Choice(SynapseRules.Settings settings, double f1, double meanF1) {

		boolean betterThan(Choice other) {
			return other == null || f1 > other.f1 || f1 == other.f1 && meanF1 > other.meanF1;
		}
	}

	static final long[] SIZES = { 50, 100, 200, 400, 800 };

	/**
	 * Grid search on one part; the direct baseline uses only the cleft-side parameters (no vesicle map). The rules
	 * judge each candidate on its own, so one run at the smallest size serves every size (filtered afterwards).
	 */
	static Choice tuneRules(Part p, Maps m, boolean compositional) {
		Choice best = new Choice(null, -1, 0);
		double sum = 0;
		int n = 0;
		ArrayImg<UnsignedIntType, ?> labels = ArrayImgs.unsignedInts(p.raw.data().dimensionsAsLongArray()),
				kept = ArrayImgs.unsignedInts(p.raw.data().dimensionsAsLongArray());
		for (SynapseRules.Settings s : grid(compositional)) {
			List<DetectedSynapse> found = detect(p, m, s, compositional, labels);
			for (long size : SIZES) {
				var c = labels.cursor();
				var k = kept.cursor();
				while (c.hasNext()) {
					int id = c.next().getInteger();
					k.next().setInteger(id > 0 && found.get(id - 1).cleftVoxels() >= size ? id : 0);
				}
				double f1 = SynapseDetection.score(kept, p.truth, SynapseExperiment.MIN_OVERLAP).f1();
				sum += f1;
				n++;
				if (f1 > best.f1)
					best = new Choice(withSize(s, size), f1, 0);
			}
		}
		return new Choice(best.settings, best.f1, sum / n);
	}

	static SynapseRules.Settings withSize(SynapseRules.Settings s, long size) {
		return new SynapseRules.Settings(s.cleftThreshold(), size, s.maxCleftVoxels(), s.minElongation(), s.sideDistanceNm(),
				s.minVesicleDensity(), s.densityRatio(), s.connectSections(), s.cleftLowThreshold());
	}

	static List<SynapseRules.Settings> grid(boolean compositional) {
		List<SynapseRules.Settings> g = new ArrayList<>();
		double[][] vesicleRules = compositional ? new double[][] { { 0, 1 }, { 0, 1.5 }, { 0, 2 }, { 0.03, 1 }, { 0.1, 1 } } : new double[][] { { 0, 1 } };
		for (double t : new double[] { 0.5, 0.7, 0.8, 0.9 })
			for (double low : new double[] { 1, 0.5, 0.3 })
				for (long size : new long[] { SIZES[0] })
					for (double e : new double[] { 1, 1.5, 2 })
						for (double[] v : vesicleRules)
							if (low < t || low == 1)
								g.add(new SynapseRules.Settings(t, size, Long.MAX_VALUE, e, 150, v[0], v[1], false, Math.min(low, t)));
		return g;
	}

	static DetectionScores score(Part p, Maps m, SynapseRules.Settings s, boolean compositional) {
		ArrayImg<UnsignedIntType, ?> labels = ArrayImgs.unsignedInts(p.raw.data().dimensionsAsLongArray());
		detect(p, m, s, compositional, labels);
		return SynapseDetection.score(labels, p.truth, SynapseExperiment.MIN_OVERLAP);
	}

	static List<DetectedSynapse> detect(Part p, Maps m, SynapseRules.Settings s, boolean compositional, ArrayImg<UnsignedIntType, ?> labels) {
		if (compositional)
			return SynapseRules.detect(m.cleft, m.vesicle, null, p.raw.voxelSize(), s, labels);
		return SynapseRules.detect(m.direct, m.ones, null, p.raw.voxelSize(), s, labels);
	}

	/**
	 * Times the compositional detector in streaming order (cleft net, {@link VesicleReach}, vesicle net within reach,
	 * rules) and checks that it finds exactly the synapses of the whole-map run.
	 */
	static double streamedSeconds(Part p, StoredModel cleft, StoredModel vesicle, SynapseRules.Settings s, Maps whole, int tile) {
		long[] dims = p.raw.data().dimensionsAsLongArray();
		var c = ArrayImgs.floats(dims);
		var v = ArrayImgs.floats(dims);
		long t0 = System.nanoTime();
		SynapseMaps.predict(cleft, p.raw, c, SynapseExperiment.POOL, 2);
		List<net.imglib2.Interval> reach = VesicleReach.of(c, p.raw.voxelSize(), s);
		SynapseMaps.predictWithin(vesicle, p.raw, v, SynapseExperiment.POOL, 2, reach, tile);
		List<DetectedSynapse> found = SynapseRules.detect(c, v, null, p.raw.voxelSize(), s, ArrayImgs.unsignedInts(dims));
		long t1 = System.nanoTime();
		List<DetectedSynapse> reference = detect(p, whole, s, true, ArrayImgs.unsignedInts(dims));
		if (!sameSynapses(found, reference))
			throw new IllegalStateException("streamed detections differ from the whole-map ones: " + found.size() + " vs " + reference.size());
		System.out.println("  streamed: " + reach.size() + " cleft candidates in reach, " + found.size() + " synapses, identical to the whole-map run");
		return (t1 - t0) / 1e9;
	}

	/** Same clefts, positions, sizes and partners; confidences equal to float rounding. */
	static boolean sameSynapses(List<DetectedSynapse> a, List<DetectedSynapse> b) {
		if (a.size() != b.size())
			return false;
		for (int i = 0; i < a.size(); i++) {
			DetectedSynapse x = a.get(i), y = b.get(i);
			if (x.cleftVoxels() != y.cleftVoxels() || x.x() != y.x() || x.y() != y.y() || x.z() != y.z() || x.pre() != y.pre()
					|| x.post() != y.post() || Math.abs(x.confidence() - y.confidence()) > 1e-4)
				return false;
		}
		return true;
	}

	static double[] ruleSeconds(Part p, Maps m, SynapseRules.Settings comp, SynapseRules.Settings dir) {
		var labels = ArrayImgs.unsignedInts(p.raw.data().dimensionsAsLongArray());
		long t0 = System.nanoTime();
		detect(p, m, comp, true, labels);
		long t1 = System.nanoTime();
		detect(p, m, dir, false, labels);
		long t2 = System.nanoTime();
		return new double[] { (t1 - t0) / 1e9, (t2 - t1) / 1e9 };
	}
}
