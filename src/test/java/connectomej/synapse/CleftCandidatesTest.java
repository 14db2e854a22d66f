package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

import connectomej.segment.ConnectedComponents;
import connectomej.volume.VoxelSize;

class CleftCandidatesTest {

	/** One section, 7 x 3, x fastest: a weak blob with a strong seed on the left, a weak blob alone on the right. */
	static final float[] MAP = {
			0.3f, 0.9f, 0.0f, 0.0f, 0.0f, 0.4f, 0.4f,
			0.3f, 0.3f, 0.0f, 0.0f, 0.0f, 0.4f, 0.0f,
			0.0f, 0.0f, 0.0f, 0.6f, 0.0f, 0.0f, 0.0f };
	static final long[] DIMS = { 7, 3, 1 };

	@Test
	void hysteresisKeepsOnlyTheWeakBlobsThatReachTheHighThreshold() {
		CleftCandidates c = CleftCandidates.find(MAP.clone(), DIMS, 0.25, 0.5, false);
		assertEquals(2, c.count);
		assertArrayEquals(new int[] {
				1, 1, 0, 0, 0, 0, 0,
				1, 1, 0, 0, 0, 0, 0,
				0, 0, 0, 2, 0, 0, 0 }, c.labels);
		assertEquals(4, c.size(1));
		assertEquals(1, c.size(2));
	}

	@Test
	void equalThresholdsArePlainThresholding() {
		CleftCandidates c = CleftCandidates.find(MAP.clone(), DIMS, 0.35, 0.35, false);
		assertEquals(3, c.count);
		assertArrayEquals(CleftCandidates.find(MAP.clone(), DIMS, 0.35, false).labels, c.labels);
	}

	@Test
	void lowAboveHighIsRejected() {
		assertThrows(IllegalArgumentException.class, () -> CleftCandidates.find(MAP.clone(), DIMS, 0.6, 0.5, false));
	}

	@Test
	void hysteresisLiesBetweenItsTwoPlainThresholdings() {
		Random random = new Random(5);
		float[] map = new float[20 * 20 * 3];
		for (int i = 0; i < map.length; i++)
			map[i] = random.nextFloat();
		long[] dims = { 20, 20, 3 };
		int[] low = CleftCandidates.find(map, dims, 0.4, true).labels, high = CleftCandidates.find(map, dims, 0.8, true).labels;
		int[] both = CleftCandidates.find(map, dims, 0.4, 0.8, true).labels;
		for (int i = 0; i < map.length; i++) {
			assertEquals(high[i] > 0, high[i] > 0 && both[i] > 0, "every strong voxel is kept, at " + i);
			assertEquals(both[i] > 0, both[i] > 0 && low[i] > 0, "nothing below the low threshold, at " + i);
		}
	}

	@Test
	void rulesDetectAWeakCleftGrownFromAStrongSeed() {
		var cleft = ArrayImgs.floats(MAP.clone(), DIMS);
		var ones = ArrayImgs.floats(DIMS);
		ones.forEach(t -> t.set(1));
		var out = ArrayImgs.ints(DIMS);
		SynapseRules.Settings plain = new SynapseRules.Settings(0.5, 3, Long.MAX_VALUE, 1, 1, 0, 1, false);
		assertEquals(0, SynapseRules.detect(cleft, ones, null, VoxelSize.UNIT, plain, out).size());
		SynapseRules.Settings grown = plain.withCleftLowThreshold(0.25);
		assertEquals(1, SynapseRules.detect(cleft, ones, null, VoxelSize.UNIT, grown, out).size());
		assertEquals(1, out.getAt(0, 1, 0).get());
		assertEquals(0, out.getAt(3, 2, 0).get());
		assertEquals(0.25, grown.withCleftThreshold(0.7).cleftLowThreshold());
		assertEquals(0.7, plain.withCleftThreshold(0.7).cleftLowThreshold());
	}

	@Test
	void labelsAreThoseOfConnectedComponentsKeptByTheirSeedsInScanOrder() {
		long[] dims = { 23, 17, 4 };
		for (int seed = 0; seed < 6; seed++) {
			float[] map = smoothRandom(dims, seed);
			for (boolean connect : new boolean[] { true, false })
				for (double[] t : new double[][] { { 0.3, 0.7 }, { 0.5, 0.5 }, { 0.45, 0.6 } })
					assertArrayEquals(reference(map, dims, t[0], t[1], connect), CleftCandidates.find(map, dims, t[0], t[1], connect).labels,
							"seed " + seed + ", thresholds " + t[0] + " / " + t[1] + ", sections joined: " + connect);
		}
	}

	/** Random values blurred along x and y, so components of many shapes and sizes appear. */
	private static float[] smoothRandom(long[] dims, long seed) {
		Random random = new Random(seed);
		int nx = (int) dims[0], ny = (int) dims[1], nz = (int) dims[2];
		float[] noise = new float[nx * ny * nz], map = new float[noise.length];
		for (int i = 0; i < noise.length; i++)
			noise[i] = random.nextFloat();
		for (int z = 0; z < nz; z++)
			for (int y = 0; y < ny; y++)
				for (int x = 0; x < nx; x++) {
					float sum = 0;
					int n = 0;
					for (int dy = -1; dy <= 1; dy++)
						for (int dx = -1; dx <= 1; dx++)
							if (x + dx >= 0 && x + dx < nx && y + dy >= 0 && y + dy < ny) {
								sum += noise[x + dx + nx * (y + dy + ny * z)];
								n++;
							}
					map[x + nx * (y + ny * z)] = sum / n;
				}
		return map;
	}

	/** Components by {@link ConnectedComponents} (in 3D or section by section), kept when they hold a seed, renumbered. */
	private static int[] reference(float[] map, long[] dims, double low, double high, boolean connect) {
		var mask = ArrayImgs.bits(dims);
		var c = mask.cursor();
		for (float p : map)
			c.next().set(p >= low);
		int[] labels = new int[map.length];
		var out = ArrayImgs.ints(labels, dims);
		if (connect)
			ConnectedComponents.label(mask, out);
		else
			for (int z = 0, offset = 0, plane = (int) (dims[0] * dims[1]); z < dims[2]; z++) {
				int n = (int) ConnectedComponents.label(Views.hyperSlice(mask, 2, z), Views.hyperSlice(out, 2, z));
				for (int i = z * plane; i < (z + 1) * plane; i++)
					labels[i] += labels[i] > 0 ? offset : 0;
				offset += n;
			}
		java.util.Map<Integer, Integer> kept = new java.util.HashMap<>();
		for (int i = 0; i < map.length; i++)
			if (labels[i] > 0 && map[i] >= high)
				kept.put(labels[i], 0);
		int next = 0;
		for (int i = 0; i < map.length; i++) {
			Integer k = kept.get(labels[i]);
			if (k != null && k == 0)
				kept.put(labels[i], k = ++next);
			labels[i] = labels[i] > 0 && k != null ? k : 0;
		}
		return labels;
	}
}
