package connectomej.track;

import java.util.Random;

/**
 * One training sample for the colour network: a square patch of a seed section and its neighbour (above or
 * below), under one of the eight flips / transpositions, with the seed objects coloured by one digit of freshly drawn
 * code words. The target is each next-section voxel's object's colour, one-hot; voxels of objects absent from the
 * seed patch and boundary voxels get no target (mask 0, so they add neither loss nor gradient).
 */
final class ColourSample {

	private ColourSample() {}

	/**
	 * Writes sample {@code index} of a batch into {@code input} ([b, 2 + k, p, p]), {@code target} ([b, k, p, p]) and
	 * {@code mask} ([b, 1, p, p]: 1 where there is a target).
	 *
	 * @return the number of voxels that have a target
	 */
	static int draw(ColourModel model, TrainingStack stack, int patch, Random random, float[] input, float[] target,
			float[] mask, int index) {
		int k = model.colours(), plane = patch * patch;
		int z = random.nextInt(stack.depth() - 1), dz = 1;
		if (random.nextBoolean()) {
			z++;
			dz = -1;
		}
		int x0 = random.nextInt(stack.width() - patch + 1), y0 = random.nextInt(stack.height() - patch + 1);
		int transform = random.nextInt(8);
		float[] seedEm = new float[plane], nextEm = new float[plane];
		long[] seed = new long[plane], next = new long[plane];
		for (int v = 0; v < patch; v++)
			for (int u = 0; u < patch; u++) {
				int source = source(u, v, patch, transform, x0, y0, stack.width()), i = v * patch + u;
				seedEm[i] = stack.em()[z][source];
				nextEm[i] = stack.em()[z + dz][source];
				seed[i] = stack.labels()[z][source];
				next[i] = stack.labels()[z + dz][source];
			}
		CodeBook code = CodeBook.random(Sections.objects(seed), k, 0, random.nextInt(2), random);
		int digit = random.nextInt(code.digits());
		int[] colours = new int[plane];
		for (int i = 0; i < plane; i++)
			colours[i] = seed[i] == 0 ? -1 : code.colour(seed[i], digit);
		model.fill(input, index * (2 + k) * plane, seedEm, nextEm, colours, patch, patch, patch, patch);
		int targets = 0;
		for (int i = 0; i < plane; i++) {
			int c = next[i] == 0 ? -1 : code.colour(next[i], digit);
			if (c >= 0) {
				target[(index * k + c) * plane + i] = 1;
				mask[index * plane + i] = 1;
				targets++;
			}
		}
		return targets;
	}

	private static int source(int u, int v, int patch, int transform, int x0, int y0, int width) {
		if ((transform & 4) != 0) {
			int t = u;
			u = v;
			v = t;
		}
		if ((transform & 1) != 0)
			u = patch - 1 - u;
		if ((transform & 2) != 0)
			v = patch - 1 - v;
		return (y0 + v) * width + x0 + u;
	}
}
