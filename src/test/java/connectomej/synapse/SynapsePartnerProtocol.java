package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.metrics.ContingencyTables;
import connectomej.metrics.DetectionScores;
import connectomej.metrics.LongLongMap;
import connectomej.metrics.OverlapMapping;
import connectomej.metrics.PartnerMatching;
import connectomej.metrics.SynapticPartner;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.pipeline.PipelineDatasets;
import connectomej.volume.Volume;

/**
 * Issue 5, session 3: held-out protocol for synaptic partners on synthetic volumes. The light nets were trained on
 * another volume (seed 2); the rule parameters are chosen on the tuning volumes by pooled CREMI partner F1 (250 nm),
 * once with ground-truth neuron ids as segments and once with the fast pass's segments (as {@code run} does, ids
 * mapped to neurons by maximum overlap); both choices are then scored on the test volumes, used for nothing else.
 * {@code SynapsePartnerProtocol CLEFT VESICLE TUNE TEST}, TUNE and TEST comma-separated {@code SYNTH_FOLDER:RUN_FOLDER}
 * pairs ({@code connectomej synth -o SYNTH_FOLDER}; {@code connectomej run SYNTH_FOLDER/raw.tif -o RUN_FOLDER}, fast
 * pass only). The grid is searched on candidates measured once per cleft threshold ({@link Candidate}); the test
 * scores come from {@link SynapseRules#detect} itself.
 */
public final class SynapsePartnerProtocol {

	static final double PARTNER_NM = 250;
	static final long[] SIZES = { 50, 100, 200, 400, 800, 1600 };

	/** One synthetic volume with its maps, true and fast-pass segments and true partners (nm). */
	record Part(String name, Volume<UnsignedByteType> raw, RandomAccessibleInterval<UnsignedLongType> neurons,
			RandomAccessibleInterval<UnsignedLongType> fastPass, LongLongMap fastToNeuron, List<SynapticPartner> truth,
			ArrayImg<FloatType, ?> cleft, ArrayImg<FloatType, ?> vesicle) {

		static Part of(String pair, StoredModel cleftNet, StoredModel vesicleNet) throws IOException {
			String synth = pair.substring(0, pair.indexOf(':')), run = pair.substring(pair.indexOf(':') + 1);
			Volume<UnsignedByteType> raw = SynapseData.raw(synth);
			var neurons = SynapseData.labels(synth + "/neuron_ids.tif");
			N5Store store = N5Store.open(Path.of(run, "volume.n5"));
			var fast = N5Images.readInterval(store, PipelineDatasets.SEGMENTS,
					store.datasetAttributes(PipelineDatasets.SEGMENTS).interval(), new UnsignedLongType());
			LongLongMap mapping = OverlapMapping.byMaximumOverlap(ContingencyTables.of(fast, neurons));
			long[] dims = raw.data().dimensionsAsLongArray();
			var c = ArrayImgs.floats(dims);
			var v = ArrayImgs.floats(dims);
			SynapseMaps.predict(cleftNet, raw, c, SynapseExperiment.POOL, 2);
			SynapseMaps.predict(vesicleNet, raw, v, SynapseExperiment.POOL, 2);
			return new Part(synth, raw, neurons, fast, mapping, SynapseExperiment.truth(synth, raw.voxelSize()), c, v);
		}

		RandomAccessibleInterval<UnsignedLongType> segments(boolean fastPassSegments) {
			return fastPassSegments ? fastPass : neurons;
		}

		/** Detections as partners with neuron ids (fast-pass ids mapped by maximum overlap), positions in nm. */
		List<SynapticPartner> partners(List<DetectedSynapse> found, boolean fastPassSegments) {
			List<SynapticPartner> p = found.stream().map(s -> new SynapticPartner(s.pre(), s.post(), s.x() * raw.voxelSize().x(),
					s.y() * raw.voxelSize().y(), s.z() * raw.voxelSize().z())).toList();
			return fastPassSegments ? OverlapMapping.toGroundTruthIds(p, fastToNeuron) : p;
		}
	}

	/** Partner F1 and direction over several volumes. */
	record Score(DetectionScores partners, int directionRight, int onTruePair) {

		static Score of(List<List<SynapticPartner>> truth, List<List<SynapticPartner>> predicted) {
			List<SynapticPartner> t = new ArrayList<>(), p = new ArrayList<>();
			int right = 0, on = 0;
			for (int v = 0; v < truth.size(); v++) {
				t.addAll(SynapseExperiment.shift(truth.get(v), v));
				p.addAll(SynapseExperiment.shift(predicted.get(v), v));
				for (SynapticPartner q : predicted.get(v)) {
					SynapticPartner match = truth.get(v).stream()
							.filter(r -> SynapseExperiment.samePair(q, r) && q.distanceTo(r) <= 2 * PARTNER_NM).findFirst().orElse(null);
					if (match != null) {
						on++;
						right += match.pre() == q.pre() ? 1 : 0;
					}
				}
			}
			return new Score(PartnerMatching.score(t, p, PARTNER_NM), right, on);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "partner P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f; direction %d/%d = %.3f",
					partners.precision(), partners.matchedPredictions(), partners.predictions(), partners.recall(),
					partners.foundTruths(), partners.truths(), partners.f1(), directionRight, onTruePair,
					onTruePair == 0 ? Double.NaN : (double) directionRight / onTruePair);
		}
	}

	private SynapsePartnerProtocol() {}

	public static void main(String[] args) throws IOException {
		StoredModel cleft = ModelFiles.load(Path.of(args[0]), SynapseMaps.CLEFT, 1),
				vesicle = ModelFiles.load(Path.of(args[1]), SynapseMaps.VESICLE, 1);
		try {
			List<Part> tune = parts(args[2], cleft, vesicle), test = parts(args[3], cleft, vesicle);
			System.out.println("true synapses: tuning " + tune.stream().mapToInt(p -> p.truth.size()).sum() + ", test "
					+ test.stream().mapToInt(p -> p.truth.size()).sum());
			for (boolean fast : new boolean[] { false, true }) {
				String segments = fast ? "fast-pass segments" : "ground-truth segments";
				SynapseRules.Settings chosen = tune(tune, fast);
				System.out.println(segments + ", chosen on tuning: " + chosen + "\n  tuning: " + score(tune, chosen, fast));
				System.out.println("  TEST:   " + score(test, chosen, fast));
				if (fast)
					System.out.println("  the same rules with ground-truth segments: tuning " + score(tune, chosen, false) + "\n    test "
							+ score(test, chosen, false));
			}
		} finally {
			SynapseExperiment.POOL.shutdownNow();
		}
	}

	static List<Part> parts(String pairs, StoredModel cleft, StoredModel vesicle) throws IOException {
		List<Part> parts = new ArrayList<>();
		for (String pair : pairs.split(","))
			parts.add(Part.of(pair, cleft, vesicle));
		return parts;
	}

	/** Scores settings with {@link SynapseRules#detect} on each part. */
	static Score score(List<Part> parts, SynapseRules.Settings s, boolean fast) {
		List<List<SynapticPartner>> truth = new ArrayList<>(), predicted = new ArrayList<>();
		for (Part p : parts) {
			var labels = ArrayImgs.unsignedInts(p.raw.data().dimensionsAsLongArray());
			truth.add(p.truth);
			predicted.add(p.partners(SynapseRules.detect(p.cleft, p.vesicle, p.segments(fast), p.raw.voxelSize(), s, labels), fast));
		}
		return Score.of(truth, predicted);
	}

	/** Grid search by pooled partner F1 on the tuning parts; ties go to the earlier (simpler) setting. */
	static SynapseRules.Settings tune(List<Part> parts, boolean fast) {
		record Result(SynapseRules.Settings settings, Score score) {}
		List<Result> results = new ArrayList<>();
		for (double[] thresholds : thresholds()) {
			List<List<Candidate>> candidates = new ArrayList<>();
			for (Part p : parts)
				candidates.add(Candidate.measure(p, thresholds[0], thresholds[1], fast));
			for (SynapseRules.Settings s : rules(thresholds[0], thresholds[1])) {
				List<List<SynapticPartner>> truth = new ArrayList<>(), predicted = new ArrayList<>();
				for (int v = 0; v < parts.size(); v++) {
					truth.add(parts.get(v).truth);
					predicted.add(parts.get(v).partners(Candidate.accepted(candidates.get(v), s, fast), fast));
				}
				results.add(new Result(s, Score.of(truth, predicted)));
			}
		}
		List<Result> sorted = new ArrayList<>(results);
		sorted.sort(Comparator.comparingDouble((Result r) -> -r.score.partners().f1()));
		System.out.println((fast ? "fast-pass" : "ground-truth") + " segments, best 5 of " + results.size() + " on tuning:");
		sorted.stream().limit(5).forEach(r -> System.out.println("  " + r.settings + " -> " + r.score));
		return sorted.get(0).settings;
	}

	/** Pairs {cleft threshold, hysteresis low threshold}. */
	static List<double[]> thresholds() {
		List<double[]> t = new ArrayList<>();
		for (double high : new double[] { 0.3, 0.5, 0.7, 0.9 })
			for (double low : new double[] { 1, 0.3, 0.1 })
				if (low < high || low == 1)
					t.add(new double[] { high, Math.min(low, high) });
		return t;
	}

	static List<SynapseRules.Settings> rules(double high, double low) {
		List<SynapseRules.Settings> g = new ArrayList<>();
		for (long size : SIZES)
			for (double elongation : new double[] { 1, 2 })
				for (double ratio : new double[] { 1, 1.5, 2.5 })
					for (double density : new double[] { 0, 0.05, 0.1 })
						g.add(new SynapseRules.Settings(high, size, Long.MAX_VALUE, elongation, 150, density, ratio, true, low));
		return g;
	}

	/**
	 * What the rules measure of one candidate cleft (size, elongation, side densities and segments), measured once per
	 * threshold pair so that the other parameters are searched without redoing the components. {@link #accepted}
	 * applies the same tests as {@link SynapseRules}.
	 */
	record Candidate(long size, double elongation, double[] density, long[] segment, double[] centroid) {

		static List<Candidate> measure(Part p, double high, double low, boolean fast) {
			long[] dims = p.raw.data().dimensionsAsLongArray();
			float[] cleft = SynapseRules.floats(p.cleft), vesicle = SynapseRules.floats(p.vesicle);
			long[] ids = SynapseRules.longs(p.segments(fast));
			CleftCandidates cc = CleftCandidates.find(cleft, dims, low, high, true);
			var vs = p.raw.voxelSize();
			int distance = Math.max(1, (int) Math.round(150 / vs.x()));
			List<Candidate> out = new ArrayList<>();
			for (int c = 1; c <= cc.count; c++) {
				if (cc.size(c) < SIZES[0])
					continue;
				CleftShape shape = new CleftShape(cc, c, new double[] { vs.x(), vs.y(), vs.z() }, true);
				CleftSides sides = new CleftSides(cc, c, shape, vesicle, ids, distance);
				out.add(new Candidate(cc.size(c), shape.elongation, sides.density, sides.segment, shape.centroid));
			}
			return out;
		}

		static List<DetectedSynapse> accepted(List<Candidate> candidates, SynapseRules.Settings s, boolean fast) {
			List<DetectedSynapse> out = new ArrayList<>();
			for (Candidate c : candidates) {
				if (c.size < s.minCleftVoxels() || c.elongation < s.minElongation())
					continue;
				int pre = c.density[0] >= c.density[1] ? 0 : 1;
				double high = c.density[pre], low = c.density[1 - pre];
				if (high < s.minVesicleDensity() || high < s.densityRatio() * low)
					continue;
				if (c.segment[0] == 0 || c.segment[1] == 0 || c.segment[0] == c.segment[1])
					continue;
				out.add(new DetectedSynapse(out.size() + 1, c.centroid[0], c.centroid[1], c.centroid[2], c.size, 0,
						c.segment[pre], c.segment[1 - pre]));
			}
			return out;
		}
	}
}
