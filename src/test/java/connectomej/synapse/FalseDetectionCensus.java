package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.volume.Volume;

/**
 * Issue 5 diagnostic: where the out-of-fold false detections on the EPFL development sections lie. Each fold net of
 * {@link SynapseFoldProtocol} (folder {@code WORK_DIR/fold-N/best.zip}) predicts its held-out fold; the rules detect
 * clefts; every detection is printed with whether it touches an annotated PSD and which share of its voxels lies
 * within {@link #NEAR_PX} pixels (in its section) of the annotators' plain-membrane mask and on their mitochondrion
 * mask. The masks are exclusive classes, so a PSD voxel is not a membrane voxel. Then the annotated PSD objects (2D
 * components of the mask, as the protocols count them) that no detection touches: their size and the highest
 * probability the net gives inside them (session 11: where recall is lost).
 * <p>
 * {@code FalseDetectionCensus WORK_DIR THRESHOLD MIN_VOXELS MIN_ELONGATION [FOLDER_SUFFIX]}: with a suffix the fold nets
 * are read from {@code WORK_DIR/fold-N-SUFFIX/best.zip} (e.g. {@code half-resolution}).
 */
public final class FalseDetectionCensus {

	static final long NEAR_PX = 3;

	private FalseDetectionCensus() {}

	public static void main(String[] args) throws IOException {
		Path work = Path.of(args[0]);
		SynapseRules.Settings rules = new SynapseRules.Settings(Double.parseDouble(args[1]), Long.parseLong(args[2]),
				Long.MAX_VALUE, Double.parseDouble(args[3]), 150, 0, 1, false);
		Volume<UnsignedByteType> raw = SynapseData.raw("epfl");
		RandomAccessibleInterval<UnsignedByteType> psd = SynapseData.mask("epfl", "cleft").data();
		RandomAccessibleInterval<UnsignedByteType> membrane = epflMask("epfl_train_membranes.tif");
		RandomAccessibleInterval<UnsignedByteType> mitochondrion = epflMask("epfl_train_mitochondrion.tif");
		String suffix = args.length > 4 ? "-" + args[4] : "";
		int[] onMembrane = new int[2], onMitochondrion = new int[2], count = new int[2];
		List<long[]> missed = new java.util.ArrayList<>();
		long truthObjects = 0;
		try {
			for (int f = 0; f < SynapseFoldProtocol.FOLDS.length; f++) {
				long[] zs = SynapseFoldProtocol.FOLDS[f];
				StoredModel net = ModelFiles.load(work.resolve("fold-" + (f + 1) + suffix).resolve("best.zip"), SynapseMaps.CLEFT, 1);
				Volume<UnsignedByteType> r = new Volume<>(SynapseFoldProtocol.stack(raw.data(), zs), SynapseExperiment.EPFL_VOXEL);
				ArrayImg<FloatType, ?> map = ArrayImgs.floats(r.data().dimensionsAsLongArray());
				SynapseMaps.predict(net, r, map, SynapseExperiment.POOL, 2);
				ArrayImg<UnsignedIntType, ?> labels = ArrayImgs.unsignedInts(map.dimensionsAsLongArray());
				List<DetectedSynapse> found = SynapseRules.detect(map, SynapseExperiment.ones(map.dimensionsAsLongArray()), null,
						r.voxelSize(), rules, labels);
				double[][] shares = shares(labels, found.size(), SynapseFoldProtocol.stack(psd, zs),
						SynapseFoldProtocol.stack(membrane, zs), SynapseFoldProtocol.stack(mitochondrion, zs));
				for (int i = 1; i <= found.size(); i++) {
					int hit = shares[0][i] > 0 ? 1 : 0;
					count[hit]++;
					onMembrane[hit] += shares[1][i] > 0.5 ? 1 : 0;
					onMitochondrion[hit] += shares[2][i] > 0.5 ? 1 : 0;
					System.out.printf(Locale.ROOT, "fold %d detection %d z %.0f voxels %d %s membrane %.2f mitochondrion %.2f%n", f + 1,
							i, found.get(i - 1).z(), found.get(i - 1).cleftVoxels(), hit == 1 ? "PSD" : "false", shares[1][i], shares[2][i]);
				}
				CleftCandidates truth = CleftCandidates.find(SynapseRules.floats(SynapseFoldProtocol.stack(psd, zs)),
						map.dimensionsAsLongArray(), 0.5, false);
				truthObjects += truth.count;
				for (long[] m : misses(truth, map, labels)) {
					missed.add(m);
					System.out.printf(Locale.ROOT, "fold %d missed PSD object: voxels %d, highest probability %.2f%n", f + 1, m[0], m[1] / 100.0);
				}
			}
		} finally {
			SynapseExperiment.POOL.shutdownNow();
		}
		for (int hit = 1; hit >= 0; hit--)
			System.out.printf(Locale.ROOT, "%s detections: %d, of them > half on or next to plain membrane %d, > half on mitochondrion %d%n",
					hit == 1 ? "PSD-touching" : "false", count[hit], onMembrane[hit], onMitochondrion[hit]);
		long[] sizeEdges = { 50, 100, 200, 400, 800, Long.MAX_VALUE }, probabilityEdges = { 30, 50, 70, 90, 101 };
		System.out.printf(Locale.ROOT, "missed PSD objects: %d of %d%n", missed.size(), truthObjects);
		for (int i = 0; i < sizeEdges.length; i++) {
			long lo = i == 0 ? 0 : sizeEdges[i - 1], hi = sizeEdges[i];
			System.out.printf(Locale.ROOT, "  voxels %d..%s: %d%n", lo, hi == Long.MAX_VALUE ? "" : hi - 1,
					missed.stream().filter(m -> m[0] >= lo && m[0] < hi).count());
		}
		for (int i = 0; i < probabilityEdges.length; i++) {
			long lo = i == 0 ? 0 : probabilityEdges[i - 1], hi = probabilityEdges[i];
			System.out.printf(Locale.ROOT, "  highest probability %.2f..%.2f: %d%n", lo / 100.0, Math.min(1, hi / 100.0),
					missed.stream().filter(m -> m[1] >= lo && m[1] < hi).count());
		}
	}

	/** Per annotated object that no detection touches: {voxels, highest probability x 100 (floored)}. */
	static List<long[]> misses(CleftCandidates truth, ArrayImg<FloatType, ?> map, ArrayImg<UnsignedIntType, ?> labels) {
		long[] size = new long[truth.count + 1];
		float[] highest = new float[truth.count + 1];
		boolean[] touched = new boolean[truth.count + 1];
		var m = map.cursor();
		var l = labels.cursor();
		for (int i = 0; i < truth.labels.length; i++) {
			float p = m.next().get();
			boolean detected = l.next().getInteger() != 0;
			int t = truth.labels[i];
			if (t == 0)
				continue;
			size[t]++;
			highest[t] = Math.max(highest[t], p);
			touched[t] |= detected;
		}
		List<long[]> out = new java.util.ArrayList<>();
		for (int t = 1; t <= truth.count; t++)
			if (!touched[t])
				out.add(new long[] { size[t], (long) Math.floor(highest[t] * 100) });
		return out;
	}

	static RandomAccessibleInterval<UnsignedByteType> epflMask(String file) throws IOException {
		return SynapseData.bytes(SynapseData.EPFL.resolve(file).toString()).data();
	}

	/**
	 * Per detection label 1..n: [0] voxels on the PSD mask (a count), [1] share of voxels within {@link #NEAR_PX} px of
	 * the membrane mask in their section, [2] share of voxels on the mitochondrion mask.
	 */
	static double[][] shares(ArrayImg<UnsignedIntType, ?> labels, int n, RandomAccessibleInterval<UnsignedByteType> psd,
			RandomAccessibleInterval<UnsignedByteType> membrane, RandomAccessibleInterval<UnsignedByteType> mitochondrion) {
		double[][] out = new double[3][n + 1];
		long[] size = new long[n + 1], pos = new long[3];
		RandomAccess<UnsignedByteType> p = psd.randomAccess(), m = membrane.randomAccess(), mi = mitochondrion.randomAccess();
		var c = labels.localizingCursor();
		while (c.hasNext()) {
			int id = c.next().getInteger();
			if (id == 0)
				continue;
			c.localize(pos);
			size[id]++;
			out[0][id] += p.setPositionAndGet(pos).get() > 0 ? 1 : 0;
			out[1][id] += nearMask(m, pos, labels.dimension(0), labels.dimension(1)) ? 1 : 0;
			out[2][id] += mi.setPositionAndGet(pos).get() > 0 ? 1 : 0;
		}
		for (int id = 1; id <= n; id++) {
			out[1][id] /= size[id];
			out[2][id] /= size[id];
		}
		return out;
	}

	static boolean nearMask(RandomAccess<UnsignedByteType> mask, long[] pos, long width, long height) {
		for (long y = Math.max(0, pos[1] - NEAR_PX); y <= Math.min(height - 1, pos[1] + NEAR_PX); y++)
			for (long x = Math.max(0, pos[0] - NEAR_PX); x <= Math.min(width - 1, pos[0] + NEAR_PX); x++)
				if (mask.setPositionAndGet(x, y, pos[2]).get() > 0)
					return true;
		return false;
	}
}
