package connectomej.proofread.view;

import connectomej.proofread.ReviewCandidate;
import connectomej.synapse.DetectedSynapse;
import connectomej.volume.VoxelSize;

/**
 * A 1024 x 1024 x 100 session generated section by section on demand (nothing is held): segments are 128-pixel
 * columns through z, the EM a smooth pattern, one synapse and two candidates. Reads are counted by the
 * {@link FakeSession}.
 */
final class LargeVolumes {

	static final int SIZE = 1024, DEPTH = 100, BLOCK = 128;

	private LargeVolumes() {}

	static FakeSession session() {
		FakeSession s = new FakeSession(new long[] { SIZE, SIZE, DEPTH }, new VoxelSize(4, 4, 40),
			LargeVolumes::raw, z -> labels(), (SIZE / BLOCK) * (SIZE / BLOCK) + 1);
		s.withSynapse(new DetectedSynapse(1, BLOCK, 60, 50, 40, 0.9, 1, 2));
		s.withCandidate(new ReviewCandidate(10, new int[] { 300, 300, 51 }, 0.9, Double.NaN, 0.9));
		s.withCandidate(new ReviewCandidate(20, new int[] { 700, 700, 90 }, Double.NaN, 0.02, 0.5));
		return s;
	}

	private static float[] raw(int z) {
		float[] section = new float[SIZE * SIZE];
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++)
				section[x + y * SIZE] = 128 + 60 * (float) Math.sin((x + y + 3 * z) * 0.05);
		return section;
	}

	private static long[] labels() {
		long[] section = new long[SIZE * SIZE];
		for (int y = 0; y < SIZE; y++)
			for (int x = 0; x < SIZE; x++)
				section[x + y * SIZE] = 1 + x / BLOCK + (SIZE / BLOCK) * (y / BLOCK);
		return section;
	}
}
