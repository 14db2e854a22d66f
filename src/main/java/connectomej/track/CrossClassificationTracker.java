package connectomej.track;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Cross-classification clustering (Meirovitch, Mi et al. 2018, arXiv 1812.01157): the seed objects get random code
 * words of n digits over the network's k colours; the network runs once per digit, and each next-section voxel's
 * tuple of predicted colours is decoded into the object whose word it is. Cost per section: n = ceil(log_k N)
 * network passes, however many objects there are.
 */
public final class CrossClassificationTracker implements SectionTracker {

	private final ColourModel model;
	private final int digits, redundantDigits;
	private final Random random;

	/**
	 * @param model the colour network; its k colours are the code's colours
	 * @param digits code digits, or <= 0 for the fewest that address the objects of each section
	 * @param redundantDigits extra digits (>= 0): more passes, fewer wrong identities
	 * @param seed seed of the code words
	 */
	public CrossClassificationTracker(ColourModel model, int digits, int redundantDigits, long seed) {
		this.model = model;
		this.digits = digits;
		this.redundantDigits = redundantDigits;
		this.random = new Random(seed);
	}

	/**
	 * {@inheritDoc}
	 *
	 * @throws IllegalArgumentException when the seed section has more objects than {@code digits} digits address
	 */
	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		CodeBook code = CodeBook.random(Sections.objects(seeds), model.colours(), digits, redundantDigits, random);
		int voxels = width * height;
		long[] keys = new long[voxels];
		long place = 1;
		for (int d = 0; d < code.digits(); d++, place *= code.colours()) {
			int[] predicted = ColourModel.argmax(model.probabilities(seedEm, nextEm, colours(code, seeds, d), width, height),
					code.colours(), voxels);
			for (int i = 0; i < voxels; i++)
				keys[i] += predicted[i] * place;
		}
		return decode(code, keys);
	}

	private static int[] colours(CodeBook code, long[] seeds, int digit) {
		int[] colours = new int[seeds.length];
		for (int i = 0; i < seeds.length; i++)
			colours[i] = seeds[i] == 0 ? -1 : code.colour(seeds[i], digit);
		return colours;
	}

	private static long[] decode(CodeBook code, long[] keys) {
		Map<Long, Long> cache = new HashMap<>();
		long[] ids = new long[keys.length];
		for (int i = 0; i < keys.length; i++)
			ids[i] = cache.computeIfAbsent(keys[i], code::decode);
		return ids;
	}
}
