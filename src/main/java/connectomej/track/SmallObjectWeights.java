package connectomej.track;

import java.util.HashMap;
import java.util.Map;

/**
 * Loss weights that make small objects count more in training the 3C colour network (Meirovitch, Mi et al. 2018,
 * arXiv 1812.01157): a voxel of an object of area a (voxels) weighs clamp(sqrt(A0 / a), 1, 4), so an object's total
 * weight grows like sqrt(a) instead of a below the reference area A0. Small objects are the ones the sweep loses.
 */
final class SmallObjectWeights {

	/** The largest weight of a voxel. */
	static final double MAX_WEIGHT = 4;

	private SmallObjectWeights() {}

	/**
	 * @param area voxels of the object, >= 1
	 * @param referenceArea A0, voxels; <= 0 = every weight 1
	 * @return clamp(sqrt(A0 / area), 1, {@link #MAX_WEIGHT})
	 */
	static double weight(int area, double referenceArea) {
		if (referenceArea <= 0)
			return 1;
		return Math.max(1, Math.min(MAX_WEIGHT, Math.sqrt(referenceArea / area)));
	}

	/**
	 * @param labels object ids (0 = none), any layout
	 * @return per voxel the {@link #weight} of its object's area among {@code labels}; 0 for label 0
	 */
	static float[] of(long[] labels, double referenceArea) {
		Map<Long, Integer> areas = new HashMap<>();
		for (long v : labels)
			if (v != 0)
				areas.merge(v, 1, Integer::sum);
		float[] out = new float[labels.length];
		for (int i = 0; i < labels.length; i++)
			out[i] = labels[i] == 0 ? 0 : (float) weight(areas.get(labels[i]), referenceArea);
		return out;
	}
}
