package connectomej.track;

/**
 * The baseline 3C is measured against (Meirovitch, Mi et al. 2018, arXiv 1812.01157): the same colour network in
 * single-object mode, two colours (0 = the rest, 1 = the object), one network pass per seed object; a voxel goes to
 * the object that claims it with the highest probability above one half. Cost per section grows like N.
 */
public final class SingleObjectTracker implements SectionTracker {

	private final ColourModel model;
	private final int objectLimit;

	/**
	 * @param model the colour network (k >= 2; only colours 0 and 1 are used)
	 * @param objectLimit track only the first this many objects of each section (for timing a subset), <= 0 = all
	 */
	public SingleObjectTracker(ColourModel model, int objectLimit) {
		this.model = model;
		this.objectLimit = objectLimit;
	}

	@Override
	public long[] propagate(long[] seeds, float[] seedEm, float[] nextEm, int width, int height) {
		long[] objects = Sections.objects(seeds);
		int count = objectLimit > 0 ? Math.min(objectLimit, objects.length) : objects.length, voxels = width * height;
		long[] ids = new long[voxels];
		float[] best = new float[voxels];
		for (int o = 0; o < count; o++) {
			float[] p = model.probabilities(seedEm, nextEm, colours(seeds, objects[o]), width, height);
			for (int i = 0; i < voxels; i++) {
				float claim = p[voxels + i] / (p[i] + p[voxels + i]);
				if (claim > 0.5f && claim > best[i]) {
					best[i] = claim;
					ids[i] = objects[o];
				}
			}
		}
		return ids;
	}

	private static int[] colours(long[] seeds, long object) {
		int[] colours = new int[seeds.length];
		for (int i = 0; i < seeds.length; i++)
			colours[i] = seeds[i] == 0 ? -1 : seeds[i] == object ? 1 : 0;
		return colours;
	}
}
