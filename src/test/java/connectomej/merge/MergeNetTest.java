package connectomej.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

import connectomej.progress.ProgressListener;
import connectomej.volume.VoxelSize;

/** The 2D and 3D networks, training on an easy task, and inference on a tiny segmentation. */
class MergeNetTest {

	@Test
	void trainingSeparatesHalfFilledFromOneRowIn2d() {
		WindowSet set = WindowSet.empty(8, 2);
		for (int i = 0; i < 32; i++) {
			float[] w = new float[64];
			for (int p = 0; p < 64; p++)
				w[p] = p < (i % 2 == 1 ? 32 : 8) ? 1 : 0; // merged: rows 0..3 filled; single: row 0; symmetries keep the counts
			set.add(w, i % 2 == 1);
		}
		ComputationGraph net = MergeNet.create(new MergeNet.Settings(2, 8, new int[] { 4 }, 8, 3, 1e-2));
		double[] losses = MergeNetTraining.train(net, set, new MergeNetTraining.Settings(10, 16, 3), ProgressListener.NONE);
		assertTrue(losses[losses.length - 1] < losses[0], "loss fell: " + java.util.Arrays.toString(losses));
		MergeScores scores = MergeScores.of(MergeNetTraining.score(net, set, 32), set);
		assertTrue(scores.auc() > 0.9, scores.toString());
	}

	@Test
	void detectionScoresEveryLargeObjectOnceAndRanksThem() {
		// two tubes along x (labels 1, 2) and a speck (label 3) too small to score
		LabelGrid tube = GeometryTest.tube(24, 16, 8, 2);
		long[] labels = tube.labels().clone();
		for (int z = 0; z < 8; z++)
			for (int y = 0; y < 16; y++)
				for (int x = 0; x < 24; x++) {
					int i = x + 24 * (y + 16 * z);
					if (y < 8 && labels[x + 24 * (y + 8 + 16 * z)] == 1)
						labels[i] = 2;
				}
		labels[0] = 3;
		LabelGrid grid = new LabelGrid(labels, 24, 16, 8, VoxelSize.UNIT);
		ComputationGraph net = MergeNet.create(new MergeNet.Settings(3, 4, new int[] { 2 }, 4, 1, 1e-3));
		List<MergeCandidate> c = MergeDetection.detect(net, grid, new MergeDetection.Settings(WindowShape.cube(8, 4), 10, 4),
				new MedialSamples(), ProgressListener.NONE);
		assertEquals(2, c.size());
		assertTrue(c.get(0).score() >= c.get(1).score());
		for (MergeCandidate m : c) {
			int[] p = m.worst();
			assertEquals(m.id(), grid.get(p[0], p[1], p[2]), "the worst window is centred inside its object");
			assertTrue(m.windows() >= 2);
		}
		assertEquals(List.of("rank", "object_id", "score", "x", "y", "z", "x_nm", "y_nm", "z_nm", "windows", "voxels"),
				MergeCandidates.table(c, new VoxelSize(4, 4, 40)).columns());
		assertArrayEquals(new Object[] { 1, c.get(0).id() }, MergeCandidates.table(c, VoxelSize.UNIT).rows().get(0).subList(0, 2).toArray());
	}
}
