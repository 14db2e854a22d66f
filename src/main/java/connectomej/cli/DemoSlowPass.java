package connectomej.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.metrics.ContingencyTable;
import connectomej.metrics.ContingencyTables;
import connectomej.metrics.DetectionScores;
import connectomej.metrics.OverlapMapping;
import connectomej.metrics.PartnerMatching;
import connectomej.metrics.SynapseDetection;
import connectomej.metrics.SynapticPartner;
import connectomej.metrics.TableRow;
import connectomej.nn.DefaultModels;
import connectomej.pipeline.PipelineDatasets;
import connectomej.pipeline.SynapseStep;
import connectomej.segment.ConnectedComponents;
import connectomej.synth.SyntheticVolume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * The slow-pass steps of the demo's run (synapses with the shipped light cleft and vesicle nets, MergeNet with the
 * shipped synthetic-trained model, the noise variance map) and their scores against the sample's ground truth:
 * object-level cleft detection ({@link SynapseDetection}, overlap >= 1 voxel), CREMI partner F1 at 250 nm
 * ({@link PartnerMatching}, segment ids mapped to neurons by maximum overlap), partner direction, and how many of the
 * top MergeNet candidates really merge two neurons.
 */
final class DemoSlowPass {

	/**
	 * Cleft threshold, smallest cleft (voxels) and smallest presynaptic vesicle density of the synapse rules for the
	 * shipped cleft and vesicle nets, chosen by pooled CREMI partner F1 on the demo's fast-pass segments of a synthetic
	 * volume of seed 41 (512 x 512 x 32, 21 synapses; never the sample nor the test volumes; ACCURACY.md, issue 5,
	 * session 4). The other rule parameters keep their defaults.
	 */
	static final String CLEFT_THRESHOLD = "0.3", MIN_CLEFT_VOXELS = "400", MIN_VESICLE_DENSITY = "0.05";
	/** Samples of the variance map: 2, the least, to keep the demo short (each sample costs one membrane inference). */
	static final String UNCERTAINTY_SAMPLES = "2";
	static final double PARTNER_NM = 250;
	static final int TOP = 10;

	private DemoSlowPass() {}

	/** The run options of the slow-pass steps, with the shipped models unpacked to temporary files. */
	static List<String> runOptions() throws IOException {
		return List.of("--cleft-model", DefaultModels.extract(DefaultModels.CLEFT).toString(), "--vesicle-model",
				DefaultModels.extract(DefaultModels.VESICLE).toString(), "--cleft-threshold", CLEFT_THRESHOLD, "--min-cleft-voxels",
				MIN_CLEFT_VOXELS, "--min-vesicle-density", MIN_VESICLE_DENSITY, "--mergenet",
				DefaultModels.extract(DefaultModels.MERGENET).toString(), "--uncertainty", "noise", "--uncertainty-samples", UNCERTAINTY_SAMPLES);
	}

	/** Scores the run's slow-pass outputs against the sample; rows for the report. */
	static List<TableRow> score(Path run, SyntheticVolume sample, Path truthCsv) throws IOException {
		return score(run, sample.neurons().data(), sample.clefts().data(), sample.raw().voxelSize(), truthCsv);
	}

	/**
	 * Scores a run's slow-pass outputs against ground truth.
	 *
	 * @param neurons true neuron ids, axes x, y, z, the run's shape
	 * @param cleftMask true cleft voxels (non-zero), same shape; its 3D connected components are the true clefts
	 * @param truthCsv true synapses: id, x, y, z (voxels), pre, post
	 */
	static List<TableRow> score(Path run, RandomAccessibleInterval<? extends IntegerType<?>> neurons,
			RandomAccessibleInterval<? extends IntegerType<?>> cleftMask, VoxelSize vs, Path truthCsv) throws IOException {
		N5Store store = N5Store.open(run.resolve("volume.n5"));
		var segments = N5Images.open(store, PipelineDatasets.SEGMENTS, new UnsignedLongType());
		var detected = N5Images.open(store, SynapseStep.LABELS, new UnsignedIntType());
		var truthClefts = ArrayImgs.unsignedInts(neurons.dimensionsAsLongArray());
		var mask = ArrayImgs.bits(neurons.dimensionsAsLongArray());
		Cursor<BitType> m = mask.cursor();
		for (var v : Views.flatIterable(cleftMask))
			m.next().set(v.getIntegerLong() != 0);
		ConnectedComponents.label(mask, truthClefts);
		DetectionScores detection = SynapseDetection.score(detected, truthClefts, 1);
		ContingencyTable table = ContingencyTables.of(segments, neurons);
		List<SynapticPartner> truth = partners(CsvTables.read(truthCsv), vs, 4, 5);
		List<SynapticPartner> predicted = OverlapMapping.toGroundTruthIds(partners(CsvTables.read(run.resolve("synapses.csv")), vs, 9, 10),
				OverlapMapping.byMaximumOverlap(table));
		List<TableRow> rows = new ArrayList<>(detection.toTableRows("synapse detection (clefts, overlap >= 1 voxel)"));
		rows.addAll(PartnerMatching.score(truth, predicted, PARTNER_NM).toTableRows("CREMI partners @ 250 nm"));
		rows.add(new TableRow("partner direction correct (of detections on a true pair)", direction(truth, predicted), ""));
		if (java.nio.file.Files.isRegularFile(run.resolve("merge_candidates.csv"))) {
			rows.add(new TableRow("MergeNet: true merges in the top " + TOP, trueMergesInTop(run, table), "segments"));
			rows.add(new TableRow("MergeNet: true merges among all segments", trueMerges(table).size(), "segments"));
		}
		return rows;
	}

	/** Partners from a CSV whose x, y, z (voxels) are columns 1-3 and pre, post the given columns; positions in nm. */
	private static List<SynapticPartner> partners(CsvTable t, VoxelSize vs, int pre, int post) {
		List<SynapticPartner> out = new ArrayList<>();
		for (List<Object> r : t.rows())
			out.add(new SynapticPartner(number(r.get(pre)).longValue(), number(r.get(post)).longValue(), number(r.get(1)).doubleValue() * vs.x(),
					number(r.get(2)).doubleValue() * vs.y(), number(r.get(3)).doubleValue() * vs.z()));
		return out;
	}

	private static Number number(Object cell) {
		return cell instanceof Number n ? n : Double.valueOf(cell.toString());
	}

	/** Among predictions whose unordered pair is a true pair within 2 x 250 nm, the share with pre and post right. */
	private static double direction(List<SynapticPartner> truth, List<SynapticPartner> predicted) {
		int onPair = 0, right = 0;
		for (SynapticPartner p : predicted)
			for (SynapticPartner t : truth)
				if (p.distanceTo(t) <= 2 * PARTNER_NM && (p.pre() == t.pre() && p.post() == t.post() || p.pre() == t.post() && p.post() == t.pre())) {
					onPair++;
					right += p.pre() == t.pre() ? 1 : 0;
					break;
				}
		return onPair == 0 ? Double.NaN : (double) right / onPair;
	}

	/**
	 * Segments that really merge two neurons: the second-largest overlap with a non-zero ground-truth label is at
	 * least max(1000 voxels, 10% of the segment) (the rule of ACCURACY.md, issue 7).
	 */
	static List<Long> trueMerges(ContingencyTable table) {
		Map<Long, long[]> top2 = new HashMap<>();
		table.forEachPair((gt, seg, n) -> {
			if (gt == 0 || seg == 0)
				return;
			long[] t = top2.computeIfAbsent(seg, k -> new long[2]);
			if (n > t[0]) {
				t[1] = t[0];
				t[0] = n;
			} else if (n > t[1])
				t[1] = n;
		});
		List<Long> merged = new ArrayList<>();
		top2.forEach((seg, t) -> {
			if (t[1] >= Math.max(1000, 0.1 * table.segmentSize(seg)))
				merged.add(seg);
		});
		return merged;
	}

	private static long trueMergesInTop(Path run, ContingencyTable table) throws IOException {
		List<Long> merged = trueMerges(table);
		CsvTable candidates = CsvTables.read(run.resolve("merge_candidates.csv"));
		return candidates.rows().stream().limit(TOP).filter(r -> merged.contains(number(r.get(1)).longValue())).count();
	}
}
