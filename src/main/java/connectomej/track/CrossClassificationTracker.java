package connectomej.track;

import java.util.Random;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Cross-classification clustering (Meirovitch, Mi et al. 2018, arXiv 1812.01157): the seed objects get random code
 * words of n digits over the network's k colours; the network runs once per digit, all objects at once, and the
 * predicted colours of the next section are decoded into the objects whose words they are: per voxel, or, when the
 * sweep supplies regions, per region by {@link RegionVote}. Cost per section: n = ceil(log_k N) network passes,
 * however many objects there are.
 */
public final class CrossClassificationTracker implements SectionTracker {

	/** Default of {@code minAgreement}: mean probability of a word's colours for a region to join its object. */
	public static final double DEFAULT_MIN_AGREEMENT = 0.6;

	private final ColourModel model;
	private final int digits, redundantDigits;
	private final double minAgreement;
	private final Random random;
	private boolean eraseBoundaries = true;
	private double darkShare;
	private double voxelConfidence = 2;
	private RegionAssignment assignment;
	private RandomAccessibleInterval<? extends RealType<?>> boundaryMap, aheadEm;
	private long nextSection;
	private long[] previousSeeds;
	private float[] previousEm;
	private ProbabilityObserver observer = (code, seeds, probabilities) -> {};

	/** Sees each section's code and colour probabilities before they are decoded: for diagnostics. */
	interface ProbabilityObserver {

		/**
		 * @param code the code words of this step's seed objects
		 * @param seeds the seed section as the tracker received it, index y * width + x
		 * @param probabilities per digit, the k colour probabilities of the next section, index c * plane + y * width + x
		 */
		void observe(CodeBook code, long[] seeds, float[][] probabilities);
	}

	/**
	 * @param model the colour network; its k colours are the code's colours
	 * @param digits code digits, or <= 0 for the fewest that address the objects of each section
	 * @param redundantDigits extra digits (>= 0): more passes, fewer wrong identities
	 * @param seed seed of the code words
	 */
	public CrossClassificationTracker(ColourModel model, int digits, int redundantDigits, long seed) {
		this(model, digits, redundantDigits, DEFAULT_MIN_AGREEMENT, seed);
	}

	/**
	 * @param minAgreement for region decoding: a region whose best word agreement (mean colour probability over its
	 *            voxels and the digits, in [0, 1]) is below this starts a new object
	 */
	public CrossClassificationTracker(ColourModel model, int digits, int redundantDigits, double minAgreement, long seed) {
		this.model = model;
		this.digits = digits;
		this.redundantDigits = redundantDigits;
		this.minAgreement = minAgreement;
		this.random = new Random(seed);
	}

	/**
	 * Whether seed voxels touching another object are left uncoloured ({@link SeedBoundaries}; default true), as in
	 * the ground truth the network was trained on.
	 *
	 * @return this tracker
	 */
	public CrossClassificationTracker eraseSeedBoundaries(boolean erase) {
		eraseBoundaries = erase;
		return this;
	}

	/**
	 * Leaves the darkest seed voxels uncoloured: the ground truth the network learned from leaves membranes and
	 * extracellular space unlabelled (0), the sweep's own labels cover every voxel.
	 *
	 * @param share share of the seed section's voxels, the darkest of its EM, left uncoloured, in [0, 1); 0 = none
	 * @return this tracker
	 */
	public CrossClassificationTracker eraseDarkestSeeds(double share) {
		darkShare = share;
		return this;
	}

	/**
	 * In region decoding, voxels whose own tuple decodes to an object with every digit at least this probable keep
	 * it ({@link RegionVote#decode(float[][], CodeBook, int[], long[], double, double)}); default 2 = none.
	 *
	 * @return this tracker
	 */
	public CrossClassificationTracker keepConfidentVoxels(double confidence) {
		voxelConfidence = confidence;
		return this;
	}

	/**
	 * In region decoding, resolves the regions' votes by {@code assignment} ({@link RegionAssignment}); null (the
	 * default) = each region takes its best word if it agrees well enough.
	 *
	 * @return this tracker
	 */
	public CrossClassificationTracker assignRegions(RegionAssignment assignment) {
		this.assignment = assignment;
		return this;
	}

	/**
	 * The boundary map that a colour model with a map channel ({@link ColourModel#maps}) reads: each step reads the
	 * next section of it, starting from its second section, so the sweep must run once over the map's sections from
	 * the first.
	 *
	 * @param map boundary probability in [0, 1], x, y, z, over the tracked volume
	 * @return this tracker
	 */
	public CrossClassificationTracker readBoundaryMap(RandomAccessibleInterval<? extends RealType<?>> map) {
		boundaryMap = map;
		nextSection = map.min(2) + 1;
		return this;
	}

	/**
	 * The EM volume from which a colour model that reads sections ahead ({@link ColourModel#ahead}) takes the sections
	 * after the next one (its last section repeated past its end); each step reads on from the volume's second section,
	 * so the sweep must run once over the volume's sections from the first. With a map model, the map must cover the
	 * same sections.
	 *
	 * @param raw EM, x, y, z, the tracked volume
	 * @return this tracker
	 */
	public CrossClassificationTracker readAheadSections(RandomAccessibleInterval<? extends RealType<?>> raw) {
		aheadEm = raw;
		nextSection = raw.min(2) + 1;
		return this;
	}

	/** Shows each step's colour probabilities to {@code observer} (package-private: for diagnostics). */
	CrossClassificationTracker observe(ProbabilityObserver observer) {
		this.observer = observer;
		return this;
	}

	/**
	 * Per-voxel decoding.
	 *
	 * @throws IllegalArgumentException when the seed section has more objects than {@code digits} digits address
	 */
	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		CodeBook code = code(seeds);
		return RegionVote.perVoxel(probabilities(code, seeds, seedEm, nextEm, width, height), code, width * height);
	}

	/**
	 * Decoding by region vote ({@link RegionVote}).
	 *
	 * @throws IllegalArgumentException when the seed section has more objects than {@code digits} digits address
	 */
	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int[] nextRegions, int width, int height) {
		CodeBook code = code(seeds);
		return RegionVote.decode(probabilities(code, seeds, seedEm, nextEm, width, height), code, nextRegions, seeds, minAgreement,
				voxelConfidence, assignment, width);
	}

	private CodeBook code(long[] seeds) {
		return CodeBook.random(Sections.objects(seeds), model.colours(), digits, redundantDigits, random);
	}

	/**
	 * One network pass per digit: the k colour probabilities of the next section for each digit. A model that reads
	 * the section before the seed section ({@link ColourModel#behind}) gets the seeds and EM of this tracker's
	 * previous step, coloured by this step's code (the seed section itself at the first step).
	 */
	private float[][] probabilities(CodeBook code, long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		float[][] out = new float[code.digits()][];
		long[] coloured = colourable(seeds, seedEm, width, height);
		float[] beforeEm = null;
		long[] before = null;
		if (model.behind() > 0) {
			beforeEm = previousSeeds != null ? previousEm : seedEm;
			before = colourable(previousSeeds != null ? previousSeeds : seeds, beforeEm, width, height);
			previousSeeds = seeds.clone();
			previousEm = seedEm.clone();
		}
		float[] nextMap = null;
		if (model.maps() > 0) {
			if (boundaryMap == null)
				throw new IllegalArgumentException("this 3C model reads a boundary map of the next section; give one");
			nextMap = Sections.values(boundaryMap, nextSection);
		}
		if (model.ahead() > 0 && aheadEm == null)
			throw new IllegalArgumentException("this 3C model reads " + model.ahead() + " sections beyond the next one; give the EM volume");
		float[][] aheadSections = new float[model.ahead()][], aheadMaps = new float[model.maps() > 0 ? model.ahead() : 0][];
		for (int a = 0; a < model.ahead(); a++) {
			long z = Math.min(nextSection + 1 + a, aheadEm.max(2));
			aheadSections[a] = Sections.em(aheadEm, z);
			if (model.maps() > 0)
				aheadMaps[a] = Sections.values(boundaryMap, z);
		}
		nextSection++;
		for (int d = 0; d < code.digits(); d++)
			out[d] = model.probabilities(seedEm, nextEm, nextMap, aheadSections, aheadMaps, colours(code, coloured, d), beforeEm,
					before == null ? null : colours(code, before, d), width, height);
		observer.observe(code, seeds, out);
		return out;
	}

	/** The seed labels the network sees coloured: boundaries and the darkest share erased as set. */
	private long[] colourable(long[] seeds, float[] em, int width, int height) {
		long[] coloured = eraseBoundaries ? SeedBoundaries.erase(seeds, width, height) : seeds.clone();
		if (darkShare > 0) {
			float[] darkness = EmRegions.darknessRank(em);
			for (int i = 0; i < coloured.length; i++)
				if (darkness[i] > 1 - darkShare)
					coloured[i] = 0;
		}
		return coloured;
	}

	private static int[] colours(CodeBook code, long[] seeds, int digit) {
		int[] colours = new int[seeds.length];
		for (int i = 0; i < seeds.length; i++)
			colours[i] = seeds[i] == 0 ? -1 : code.colour(seeds[i], digit);
		return colours;
	}
}
