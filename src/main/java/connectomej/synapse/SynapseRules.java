package connectomej.synapse;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.volume.VoxelSize;

/**
 * The biological rules of compositional synapse detection (Santurkar et al. 2017, arXiv 1702.07386): a synapse is a
 * cleft (post-synaptic density) between two distinct segments with clearly more vesicles on one side, the
 * presynaptic one. Candidates are the connected components of the thresholded cleft map; size and shape filters
 * remove specks and blobs; rays along each cleft section's normal measure the vesicle density and find the segment
 * on each side.
 */
public final class SynapseRules {

	/**
	 * Every threshold of the rules. Defaults ({@link #defaults()}) were chosen on validation data (see
	 * ACCURACY.md, issue 5).
	 *
	 * @param cleftThreshold cleft probability at or above which a voxel is a candidate cleft voxel, in [0, 1]
	 * @param minCleftVoxels smallest accepted component, voxels
	 * @param maxCleftVoxels largest accepted component, voxels
	 * @param minElongation smallest in-plane elongation sqrt(major / minor second moment), 1 = no shape filter
	 * @param sideDistanceNm length of the rays on each side of the cleft, nm
	 * @param minVesicleDensity smallest mean vesicle probability on the presynaptic side, in [0, 1]
	 * @param densityRatio presynaptic side density over the other side's at least this, >= 1
	 * @param connectSections whether clefts join across sections (false when the sections are not adjacent)
	 * @param cleftLowThreshold hysteresis: voxels at or above this join a candidate that reaches
	 *            {@code cleftThreshold} somewhere, in [0, cleftThreshold]; equal to {@code cleftThreshold} = plain
	 *            thresholding
	 */
	public record Settings(double cleftThreshold, long minCleftVoxels, long maxCleftVoxels, double minElongation,
			double sideDistanceNm, double minVesicleDensity, double densityRatio, boolean connectSections,
			double cleftLowThreshold) {

		/** Settings with plain thresholding (no hysteresis: the low threshold is {@code cleftThreshold}). */
		public Settings(double cleftThreshold, long minCleftVoxels, long maxCleftVoxels, double minElongation,
				double sideDistanceNm, double minVesicleDensity, double densityRatio, boolean connectSections) {
			this(cleftThreshold, minCleftVoxels, maxCleftVoxels, minElongation, sideDistanceNm, minVesicleDensity,
					densityRatio, connectSections, cleftThreshold);
		}

		/**
		 * Defaults learned by grid search on validation data (ACCURACY.md, issue 5): threshold 0.5, at least 100
		 * voxels, no elongation filter on the EPFL validation sections; density ratio 1 and no minimum density (the
		 * denser side is presynaptic, nothing is rejected for want of vesicles) both on EPFL and on the synthetic
		 * tuning volume, with ground-truth and with predicted maps; rays of 150 nm.
		 */
		public static Settings defaults() {
			return new Settings(0.5, 100, Long.MAX_VALUE, 1.0, 150, 0.0, 1.0, true);
		}

		/**
		 * The same settings with another cleft threshold; without hysteresis the low threshold follows it, with
		 * hysteresis it is kept (lowered to {@code t} if above).
		 */
		public Settings withCleftThreshold(double t) {
			double low = cleftLowThreshold >= cleftThreshold ? t : Math.min(cleftLowThreshold, t);
			return new Settings(t, minCleftVoxels, maxCleftVoxels, minElongation, sideDistanceNm, minVesicleDensity,
					densityRatio, connectSections, low);
		}

		/**
		 * Refuses settings out of the ranges above, naming the option (command-line spelling): a threshold outside
		 * [0, 1] or a low threshold above it, a negative size or a largest size below the smallest, an elongation
		 * below 1, rays not longer than 0 nm, a density outside [0, 1], a density ratio below 1.
		 *
		 * @throws BadInputException for the first setting out of range
		 */
		public void check() {
			BadInputException.require(cleftThreshold >= 0 && cleftThreshold <= 1,
					"--cleft-threshold " + cleftThreshold + ": the cleft threshold must be in [0, 1]");
			BadInputException.require(cleftLowThreshold >= 0 && cleftLowThreshold <= cleftThreshold,
					"--cleft-low-threshold " + cleftLowThreshold
					+ ": the low threshold must be in [0, " + cleftThreshold + "], the cleft threshold");
			BadInputException.require(minCleftVoxels >= 0,
					"--min-cleft-voxels " + minCleftVoxels + ": the smallest cleft must be at least 0 voxels");
			BadInputException.require(maxCleftVoxels >= minCleftVoxels,
					"--max-cleft-voxels " + maxCleftVoxels + ": the largest cleft must be at least "
					+ "the smallest, " + minCleftVoxels + " voxels");
			BadInputException.require(minElongation >= 1,
					"--min-elongation " + minElongation + ": the elongation must be at least 1 (1 = no shape filter)");
			BadInputException.require(sideDistanceNm > 0 && Double.isFinite(sideDistanceNm), "--side-distance-nm " + sideDistanceNm
					+ ": the distance searched for vesicles must be more than 0 nm");
			BadInputException.require(minVesicleDensity >= 0 && minVesicleDensity <= 1, "--min-vesicle-density " + minVesicleDensity
					+ ": the vesicle density must be in [0, 1]");
			BadInputException.require(densityRatio >= 1 && Double.isFinite(densityRatio), "--density-ratio " + densityRatio
					+ ": the density ratio must be at least 1 (the denser side is presynaptic)");
		}

		/** The same settings with hysteresis thresholding down to {@code low} (in [0, cleftThreshold]). */
		public Settings withCleftLowThreshold(double low) {
			return new Settings(cleftThreshold, minCleftVoxels, maxCleftVoxels, minElongation, sideDistanceNm,
					minVesicleDensity, densityRatio, connectSections, low);
		}
	}

	private SynapseRules() {}

	/**
	 * Detects synapses and writes each accepted cleft's synapse id into {@code synapseLabels} (0 elsewhere).
	 *
	 * @param clefts cleft probability per voxel, axes x, y, z, in [0, 1]
	 * @param vesicles vesicle probability per voxel, same dimensions
	 * @param segments segment (neuron) ids, same dimensions, 0 = none; {@code null} to skip the two-segment rule
	 *            (pre and post are then 0)
	 * @param voxelSize nm per voxel; rays are {@code sideDistanceNm / voxelSize.x()} voxels long
	 * @param synapseLabels output, same dimensions, allocated by the caller
	 * @return the synapses in scan order of their first voxel, ids 1..n; positions in the coordinates of
	 *         {@code clefts} (its min added)
	 */
	public static <L extends IntegerType<L>> List<DetectedSynapse> detect(RandomAccessibleInterval<? extends RealType<?>> clefts,
			RandomAccessibleInterval<? extends RealType<?>> vesicles, RandomAccessibleInterval<? extends IntegerType<?>> segments,
			VoxelSize voxelSize, Settings settings, RandomAccessibleInterval<L> synapseLabels) {
		requireSameSize(clefts, vesicles, segments, synapseLabels);
		long[] dims = clefts.dimensionsAsLongArray();
		float[] cleft = floats(clefts), vesicle = floats(vesicles);
		CleftCandidates candidates = CleftCandidates.find(cleft, dims, settings.cleftLowThreshold(), settings.cleftThreshold(),
				settings.connectSections());
		long[] ids = segments == null ? null : longs(segments);
		int distance = rayLength(settings, voxelSize);
		int[] synapseOfComponent = new int[candidates.count + 1];
		List<DetectedSynapse> found = new ArrayList<>();
		for (int c = 1; c <= candidates.count; c++) {
			DetectedSynapse s = judge(candidates, c, cleft, vesicle, ids, distance, voxelSize, settings, found.size() + 1);
			if (s != null) {
				found.add(translated(s, clefts));
				synapseOfComponent[c] = found.size();
			}
		}
		Cursor<L> out = Views.flatIterable(synapseLabels).cursor();
		for (int label : candidates.labels)
			out.next().setInteger(synapseOfComponent[label]);
		return found;
	}

	private static DetectedSynapse judge(CleftCandidates candidates, int c, float[] cleft, float[] vesicle, long[] ids,
			int distance, VoxelSize voxelSize, Settings settings, int id) {
		CleftShape shape = shapeIfKept(candidates, c, voxelSize, settings);
		if (shape == null)
			return null;
		int size = candidates.size(c);
		CleftSides sides = new CleftSides(candidates, c, shape, vesicle, ids, distance);
		int pre = sides.density[0] >= sides.density[1] ? 0 : 1;
		double high = sides.density[pre], low = sides.density[1 - pre];
		if (high < settings.minVesicleDensity() || high < settings.densityRatio() * low)
			return null;
		if (ids != null && (sides.segment[0] == 0 || sides.segment[1] == 0 || sides.segment[0] == sides.segment[1]))
			return null;
		double confidence = meanProbability(candidates, c, cleft) * (high > 0 ? 1 - low / high : 0);
		return new DetectedSynapse(id, shape.centroid[0], shape.centroid[1], shape.centroid[2], size, confidence,
				sides.segment[pre], sides.segment[1 - pre]);
	}

	/** Ray length on each side of a cleft, voxels along x. */
	static int rayLength(Settings settings, VoxelSize voxelSize) {
		return Math.max(1, (int) Math.round(settings.sideDistanceNm() / voxelSize.x()));
	}

	/** The shape of candidate {@code c}, or null when its size or elongation rules it out before its sides are read. */
	static CleftShape shapeIfKept(CleftCandidates candidates, int c, VoxelSize voxelSize, Settings settings) {
		int size = candidates.size(c);
		if (size < settings.minCleftVoxels() || size > settings.maxCleftVoxels())
			return null;
		CleftShape shape = new CleftShape(candidates, c, new double[] { voxelSize.x(), voxelSize.y(), voxelSize.z() },
				settings.connectSections());
		return shape.elongation < settings.minElongation() ? null : shape;
	}

	private static double meanProbability(CleftCandidates candidates, int c, float[] cleft) {
		double sum = 0;
		for (int k = candidates.start[c - 1]; k < candidates.start[c]; k++)
			sum += cleft[candidates.voxels[k]];
		return sum / candidates.size(c);
	}

	private static DetectedSynapse translated(DetectedSynapse s, RandomAccessibleInterval<?> at) {
		return new DetectedSynapse(s.id(), s.x() + at.min(0), s.y() + at.min(1), s.z() + at.min(2), s.cleftVoxels(),
				s.confidence(), s.pre(), s.post());
	}

	private static void requireSameSize(RandomAccessibleInterval<?> clefts, RandomAccessibleInterval<?>... others) {
		if (clefts.numDimensions() != 3)
			throw new IllegalArgumentException("the cleft map must have 3 axes (x, y, z)");
		if (Intervals.numElements(clefts) > Integer.MAX_VALUE - 8)
			throw new IllegalArgumentException("volume too large for one pass: detect block-wise");
		for (RandomAccessibleInterval<?> o : others)
			if (o != null && !Intervals.equalDimensions(clefts, o))
				throw new IllegalArgumentException("all volumes must have the dimensions of the cleft map");
	}

	static float[] floats(RandomAccessibleInterval<? extends RealType<?>> img) {
		float[] out = new float[(int) Intervals.numElements(img)];
		int i = 0;
		for (RealType<?> t : Views.flatIterable(img))
			out[i++] = t.getRealFloat();
		return out;
	}

	static long[] longs(RandomAccessibleInterval<? extends IntegerType<?>> img) {
		long[] out = new long[(int) Intervals.numElements(img)];
		int i = 0;
		for (IntegerType<?> t : Views.flatIterable(img))
			out[i++] = t.getIntegerLong();
		return out;
	}
}
