package connectomej.metrics;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.view.Views;

/**
 * The ISBI 2012 challenge scores V_rand and V_info: foreground-restricted Rand and information-theoretic scores
 * (Arganda-Carreras et al. 2015, "Crowdsourcing the creation of image segmentation algorithms for connectomics",
 * Front. Neuroanat. 9:142), as Fiji's {@code trainableSegmentation.metrics} computes them for one table. Higher is
 * better; 1 is perfect.
 * <p>
 * Ground-truth label 0 is background and its voxels are left out; n is the number of remaining voxels, p_ij = n_ij /
 * n. Segment label 0 (a boundary in the proposal) is not one segment: each of its c0 voxels inside the ground-truth
 * foreground counts as its own singleton segment. With t_i = sum_j p_ij (ground truth) and s_j = sum_{i != 0} p_ij
 * for j != 0 (segments):
 * <ul>
 * <li>{@code sumP = sum_{i,j != 0} p_ij^2 + c0 / n^2}, {@code sumT = sum_i t_i^2}, {@code sumS = sum_{j != 0} s_j^2 +
 * c0 / n^2} (the N^2 normalisation: self-pairs included); {@code randSplit = sumP / sumT}, {@code randMerge = sumP /
 * sumS}, {@code vRand = 2 sumP / (sumT + sumS)}, their harmonic mean.</li>
 * <li>{@code H(T) = -sum t_i ln t_i}, {@code H(S) = -sum s_j ln s_j + (c0 / n) ln n}, {@code H(S,T) = -sum p_ij ln p_ij +
 * (c0 / n) ln n}, {@code I = H(S) + H(T) - H(S,T)}; {@code infoSplit = I / H(S)}, {@code infoMerge = I / H(T)},
 * {@code vInfo = 2 I / (H(S) + H(T))}. As in Fiji, if H(S) = 0 then vInfo = 0, infoSplit = 0, infoMerge = 1;
 * otherwise if H(T) = 0 then vInfo = 0, infoSplit = 1, infoMerge = 0.</li>
 * </ul>
 * The challenge thinned the proposal's boundaries to one pixel first and averaged the scores over 2D sections:
 * {@link #of} scores the table it is given (e.g. the whole volume), {@link #meanOverSections} averages per z section
 * as the challenge did; border thinning, if wanted, is the caller's step.
 *
 * @param vRand foreground-restricted Rand score in [0, 1]
 * @param randSplit Rand split score sumP / sumT
 * @param randMerge Rand merge score sumP / sumS
 * @param vInfo foreground-restricted information-theoretic score in [0, 1]
 * @param infoSplit I / H(S)
 * @param infoMerge I / H(T)
 */
public record ForegroundRestrictedScores(double vRand, double randSplit, double randMerge, double vInfo,
		double infoSplit, double infoMerge) {

	/** The scores of one table; ground-truth label 0 = background, segment label 0 = boundary. */
	public static ForegroundRestrictedScores of(ContingencyTable table) {
		ForegroundSums sums = ForegroundSums.of(table);
		double n = sums.voxels;
		if (n == 0)
			return new ForegroundRestrictedScores(0, 0, 0, 0, 0, 0);
		double singletons = sums.boundaryVoxels / (n * n);
		double sumP = sums.pairSquares / (n * n) + singletons;
		double sumT = sums.gtSquares / (n * n), sumS = sums.segSquares / (n * n) + singletons;
		double boundaryEntropy = sums.boundaryVoxels / n * Math.log(n);
		double hT = -sums.gtXLogX, hS = -sums.segXLogX + boundaryEntropy, hST = -sums.pairXLogX + boundaryEntropy;
		double info = hS + hT - hST;
		double vInfo = hS == 0 || hT == 0 ? 0 : 2 * info / (hS + hT);
		double infoSplit = hS == 0 ? 0 : hT == 0 ? 1 : info / hS;
		double infoMerge = hS == 0 ? 1 : hT == 0 ? 0 : info / hT;
		return new ForegroundRestrictedScores(2 * sumP / (sumT + sumS), sumP / sumT, sumP / sumS, vInfo, infoSplit, infoMerge);
	}

	/**
	 * The scores of each z section (axis 2) averaged, as the ISBI 2012 evaluation did for a stack; sections without
	 * ground-truth foreground are skipped (all zero if none has any).
	 *
	 * @param seg proposal labels, x, y, z; 0 = boundary
	 * @param gt ground-truth labels, same dimensions; 0 = background
	 */
	public static ForegroundRestrictedScores meanOverSections(RandomAccessibleInterval<? extends IntegerType<?>> seg,
			RandomAccessibleInterval<? extends IntegerType<?>> gt) {
		ContingencyTables.requireSameShape(seg, gt);
		double[] sum = new double[6];
		int sections = 0;
		for (long z = 0; z < seg.dimension(2); z++) {
			ContingencyTable t = ContingencyTables.of(Views.hyperSlice(seg, 2, seg.min(2) + z), Views.hyperSlice(gt, 2, gt.min(2) + z));
			if (t.total() == t.groundTruthSize(0))
				continue;
			ForegroundRestrictedScores s = of(t);
			double[] v = { s.vRand, s.randSplit, s.randMerge, s.vInfo, s.infoSplit, s.infoMerge };
			for (int k = 0; k < 6; k++)
				sum[k] += v[k];
			sections++;
		}
		int n = Math.max(1, sections);
		return new ForegroundRestrictedScores(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n);
	}

	/** This record as a JSON object. */
	public String toJson() {
		return new JsonObject().put("v_rand", vRand).put("rand_split", randSplit).put("rand_merge", randMerge)
				.put("v_info", vInfo).put("info_split", infoSplit).put("info_merge", infoMerge).toString();
	}

	/** Rows for a text table. */
	public List<TableRow> toTableRows() {
		return List.of(new TableRow("V_rand (ISBI 2012)", vRand, ""), new TableRow("V_rand split", randSplit, ""),
				new TableRow("V_rand merge", randMerge, ""), new TableRow("V_info (ISBI 2012)", vInfo, ""),
				new TableRow("V_info split", infoSplit, ""), new TableRow("V_info merge", infoMerge, ""));
	}

	/** Sums over the foreground part of a table, with probabilities p = count / n. */
	private static final class ForegroundSums {

		double voxels, boundaryVoxels, pairSquares, gtSquares, segSquares, pairXLogX, gtXLogX, segXLogX;

		static ForegroundSums of(ContingencyTable table) {
			ForegroundSums s = new ForegroundSums();
			table.forEachGroundTruthLabel((gt, n) -> s.voxels += gt == 0 ? 0 : n);
			LongLongMap segSizes = new LongLongMap();
			table.forEachPair((gt, seg, n) -> s.addPair(gt, seg, n, segSizes));
			table.forEachGroundTruthLabel((gt, n) -> s.addGroundTruth(gt, n));
			segSizes.forEach((seg, n) -> {
				s.segSquares += (double) n * n;
				s.segXLogX += s.xLogX(n);
			});
			return s;
		}

		private void addPair(long gt, long seg, long n, LongLongMap segSizes) {
			if (gt == 0)
				return;
			if (seg == 0) {
				boundaryVoxels += n;
				return;
			}
			segSizes.addTo(seg, n);
			pairSquares += (double) n * n;
			pairXLogX += xLogX(n);
		}

		private void addGroundTruth(long gt, long n) {
			if (gt == 0)
				return;
			gtSquares += (double) n * n;
			gtXLogX += xLogX(n);
		}

		/** p ln p for p = count / voxels. */
		private double xLogX(long count) {
			double p = count / voxels;
			return p * Math.log(p);
		}
	}
}
