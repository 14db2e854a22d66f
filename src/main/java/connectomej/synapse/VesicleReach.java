package connectomej.synapse;

import java.util.ArrayList;
import java.util.List;

import connectomej.volume.VoxelSize;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Where the synapse rules will read the vesicle map: around each cleft candidate that survives the size and shape
 * rules, its bounding box grown by the ray length on each side. Composition lets the vesicle net run only there, after
 * the cleft net (the streaming order of Santurkar et al. 2017, arXiv 1702.07386: the cheap, sparse cue first, the
 * second net only where it can change a decision); {@link SynapseRules#detect} then finds exactly the synapses it
 * finds with a whole vesicle map, since it reads no vesicle value outside these boxes.
 */
public final class VesicleReach {

	private VesicleReach() {}

	/**
	 * @param clefts cleft probability per voxel, axes x, y, z, in [0, 1]
	 * @param voxelSize nm per voxel (the rays are {@code sideDistanceNm / voxelSize.x()} voxels long)
	 * @param settings the rules that will be applied
	 * @return boxes in the coordinates of {@code clefts} (its min added), clamped to it; they may overlap
	 */
	public static List<Interval> of(RandomAccessibleInterval<? extends RealType<?>> clefts, VoxelSize voxelSize,
			SynapseRules.Settings settings) {
		long[] dims = clefts.dimensionsAsLongArray();
		CleftCandidates candidates = CleftCandidates.find(SynapseRules.floats(clefts), dims, settings.cleftLowThreshold(),
				settings.cleftThreshold(), settings.connectSections());
		int ray = SynapseRules.rayLength(settings, voxelSize);
		long[] grow = { ray, stepsAlong(ray, voxelSize.x() / voxelSize.y()),
				settings.connectSections() ? stepsAlong(ray, voxelSize.x() / voxelSize.z()) : 0 };
		List<Interval> boxes = new ArrayList<>();
		for (int c = 1; c <= candidates.count; c++)
			if (SynapseRules.shapeIfKept(candidates, c, voxelSize, settings) != null)
				boxes.add(grownBox(candidates, c, grow, clefts));
		return boxes;
	}

	/**
	 * How far (voxels) a ray of {@code ray} steps reaches along an axis whose voxels are {@code 1 / xPerAxis} times the
	 * x size: the rays step one x voxel per step along a unit normal in nm ({@link CleftShape}), so along a coarser axis
	 * (z of serial sections) they reach that many times fewer voxels, rounded to the nearest voxel at each step.
	 */
	static long stepsAlong(int ray, double xPerAxis) {
		return (long) Math.ceil(ray * xPerAxis - 1e-9);
	}

	private static Interval grownBox(CleftCandidates candidates, int c, long[] grow, RandomAccessibleInterval<?> clefts) {
		long[] min = { Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE }, max = { Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE };
		long nx = candidates.dims[0], plane = nx * candidates.dims[1];
		for (int k = candidates.start[c - 1]; k < candidates.start[c]; k++) {
			int i = candidates.voxels[k];
			long[] p = { i % nx, (i / nx) % candidates.dims[1], i / plane };
			for (int a = 0; a < 3; a++) {
				min[a] = Math.min(min[a], p[a]);
				max[a] = Math.max(max[a], p[a]);
			}
		}
		for (int a = 0; a < 3; a++) {
			min[a] = Math.max(0, min[a] - grow[a]) + clefts.min(a);
			max[a] = Math.min(candidates.dims[a] - 1, max[a] + grow[a]) + clefts.min(a);
		}
		return new FinalInterval(min, max);
	}
}
