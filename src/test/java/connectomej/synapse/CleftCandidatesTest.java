package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

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
}
