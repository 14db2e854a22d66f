package connectomej.track;

import java.util.Map;
import java.util.Random;

/**
 * One training sample for the colour network: a square patch of a seed section and its neighbour (above or
 * below), under one of the eight flips / transpositions, with the seed objects coloured by one digit of freshly drawn
 * code words. The seeds are the ground truth or the sweep's own labels ({@link SweptStack}). The target is, one-hot,
 * the colour of the seed label that each next-section voxel's ground-truth object overlaps most in the seed patch
 * ({@link SeedMatching}; with ground-truth seeds, the object itself); boundary voxels get no target (mask 0, so they
 * add neither loss nor gradient). Voxels of objects that overlap no seed label (entering objects) get no target
 * either or, with an entering weight, the uniform distribution over the k colours: the network learns to say that it
 * knows no colour there, so that the decoding's agreement falls and the region starts a new object instead of
 * taking a neighbour's word. The mask of a voxel with a target is its {@link SmallObjectWeights} weight, by its
 * object's area in the next-section patch, times the entering weight for an entering object, or times the displaced
 * weight for a voxel that lies under another seed label than its target's: there the colour beneath is the wrong
 * answer, and a net that copies it follows no object that moves across a boundary between sections (a census of the
 * sweep found the shipped net wrong on 99 % of such voxels). With a seed shift, the seed section's patch is offset
 * against the next section's by a few pixels, so that copying the colour beneath is wrong along every boundary.
 */
final class ColourSample {

	private ColourSample() {}

	/**
	 * Ground-truth seeds, unit weights; writes sample {@code index} of a batch into {@code input} ([b, 2 + maps + k, p, p]),
	 * {@code target} ([b, k, p, p]) and {@code mask} ([b, 1, p, p]: 1 where there is a target).
	 *
	 * @return the number of voxels that have a target
	 */
	static int draw(ColourModel model, TrainingStack stack, int patch, Random random, float[] input, float[] target,
			float[] mask, int index) {
		return draw(model, SweptStack.truth(stack), patch, TrackTrainer.Mix.TRUTH, random, input, target, mask, index);
	}

	/**
	 * As {@link #draw(ColourModel, TrainingStack, int, Random, float[], float[], float[], int)} with the seeds of
	 * {@code stack}; the mask is the voxel's weight where there is a target.
	 *
	 * @param mix the weights ({@link TrackTrainer.Mix}; its swept share is not used here)
	 */
	static int draw(ColourModel model, SweptStack stack, int patch, TrackTrainer.Mix mix, Random random, float[] input, float[] target,
			float[] mask, int index) {
		int k = model.colours(), plane = patch * patch;
		if (model.maps() > 0 && stack.stack().maps() == null)
			throw new IllegalArgumentException("this 3C model reads a boundary map; the training stack has none");
		Patch p = Patch.draw(stack, patch, mix.seedShift(), model.ahead(), random);
		CodeBook code = CodeBook.random(Sections.objects(p.seed), k, 0, random.nextInt(2), random);
		int digit = random.nextInt(code.digits());
		int[] colours = new int[plane], previousColours = new int[plane];
		for (int i = 0; i < plane; i++) {
			colours[i] = p.seed[i] == 0 ? -1 : code.colour(p.seed[i], digit);
			previousColours[i] = p.previousSeed[i] == 0 ? -1 : code.colour(p.previousSeed[i], digit);
		}
		model.fill(input, index * model.inputChannels() * plane, p.seedEm, p.nextEm, model.maps() > 0 ? p.nextMap : null, p.aheadEm, p.aheadMaps,
				colours, p.previousEm, previousColours, patch, patch, patch, patch);
		return writeTargets(p.seedTruth, p.seed, p.next, code, digit, mix, target, mask, index);
	}

	/**
	 * Writes the targets and mask of sample {@code index} (layouts as in {@link #draw}) of one patch.
	 *
	 * @param seedTruth ground truth of the seed patch, index v * p + u
	 * @param seed seed labels of the seed patch, as coloured by {@code code}
	 * @param next ground truth of the next-section patch
	 * @param mix the reference area, entering, displaced and band weights ({@link TrackTrainer.Mix})
	 * @return the number of voxels that have a target
	 */
	static int writeTargets(long[] seedTruth, long[] seed, long[] next, CodeBook code, int digit, TrackTrainer.Mix mix, float[] target,
			float[] mask, int index) {
		int k = code.colours(), plane = next.length, targets = 0;
		Map<Long, Long> continued = SeedMatching.largestOverlap(seedTruth, seed);
		float[] weights = SmallObjectWeights.of(next, mix.referenceArea());
		for (int i = 0; i < plane; i++) {
			Long label = next[i] == 0 ? null : continued.get(next[i]);
			int c = label == null ? -1 : code.colour(label, digit);
			if (c >= 0) {
				target[(index * k + c) * plane + i] = 1;
				double factor = seed[i] == 0 ? mix.bandWeight() : seed[i] != label ? mix.displacedWeight() : 1;
				mask[index * plane + i] = (float) (weights[i] * factor);
				targets++;
			} else if (next[i] != 0 && mix.enteringWeight() > 0) {
				for (int colour = 0; colour < k; colour++)
					target[(index * k + colour) * plane + i] = 1f / k;
				mask[index * plane + i] = (float) (weights[i] * mix.enteringWeight());
				targets++;
			}
		}
		return targets;
	}

	/**
	 * A patch of a seed section (EM, seeds, ground truth), of its neighbour (EM, ground truth), of the sections
	 * beyond the neighbour in the same direction (EM, maps), the stack's last section repeated past its end, and of
	 * the section before the seed section in that direction (EM, seeds), the seed section itself at the stack's end.
	 */
	private record Patch(float[] seedEm, float[] nextEm, float[] nextMap, float[][] aheadEm, float[][] aheadMaps, long[] seed, long[] seedTruth,
			long[] next, float[] previousEm, long[] previousSeed) {

		/**
		 * @param shift largest offset, pixels, of the seed section's patch against the next section's (each axis,
		 *            uniform); 0 = aligned, as the sections are
		 * @param ahead sections beyond the neighbour to read
		 */
		static Patch draw(SweptStack swept, int patch, int shift, int ahead, Random random) {
			TrainingStack stack = swept.stack();
			int z = random.nextInt(stack.depth() - 1), dz = 1;
			if (random.nextBoolean()) {
				z++;
				dz = -1;
			}
			int x0 = shift + random.nextInt(stack.width() - patch - 2 * shift + 1);
			int y0 = shift + random.nextInt(stack.height() - patch - 2 * shift + 1);
			int transform = random.nextInt(8), plane = patch * patch;
			int dx = shift > 0 ? random.nextInt(2 * shift + 1) - shift : 0, dy = shift > 0 ? random.nextInt(2 * shift + 1) - shift : 0;
			float[][] maps = stack.maps();
			Patch p = new Patch(new float[plane], new float[plane], new float[plane], new float[ahead][plane], new float[maps == null ? 0 : ahead][plane],
					new long[plane], new long[plane], new long[plane], new float[plane], new long[plane]);
			int previousZ = Math.max(0, Math.min(stack.depth() - 1, z - dz));
			int[] aheadZ = new int[ahead];
			for (int a = 0; a < ahead; a++)
				aheadZ[a] = Math.max(0, Math.min(stack.depth() - 1, z + dz * (2 + a)));
			for (int v = 0; v < patch; v++)
				for (int u = 0; u < patch; u++) {
					int source = source(u, v, patch, transform, x0, y0, stack.width()), i = v * patch + u;
					int seedSource = source(u, v, patch, transform, x0 + dx, y0 + dy, stack.width());
					p.seedEm[i] = stack.em()[z][seedSource];
					p.nextEm[i] = stack.em()[z + dz][source];
					if (maps != null)
						p.nextMap[i] = maps[z + dz][source];
					for (int a = 0; a < ahead; a++) {
						p.aheadEm[a][i] = stack.em()[aheadZ[a]][source];
						if (maps != null)
							p.aheadMaps[a][i] = maps[aheadZ[a]][source];
					}
					p.seed[i] = swept.seeds()[z][seedSource];
					p.previousEm[i] = stack.em()[previousZ][seedSource];
					p.previousSeed[i] = swept.seeds()[previousZ][seedSource];
					p.seedTruth[i] = stack.labels()[z][seedSource];
					p.next[i] = stack.labels()[z + dz][source];
				}
			return p;
		}
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
