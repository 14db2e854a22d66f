package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import ij.ImagePlus;

class OrthogonalViewsTest {

	@Test
	void rowsAndColumnsThroughThePointStretchedInZ() throws Exception {
		// 3 x 2 x 2, raw value = 100 * z + 10 * y + x; 4 x 4 x 8 nm voxels stretch z twice
		float[] raw = new float[12];
		for (int z = 0; z < 2; z++)
			for (int y = 0; y < 2; y++)
				for (int x = 0; x < 3; x++)
					raw[x + 3 * y + 6 * z] = 100 * z + 10 * y + x;
		FakeSession s = new FakeSession(new long[] { 3, 2, 2 }, new VoxelSize(4, 4, 8),
			z -> java.util.Arrays.copyOfRange(raw, 6 * z, 6 * z + 6), z -> new long[6], 1);
		ImagePlus[] views = OrthogonalViews.through(s, 2, 1, new GreyScale(0, 255));
		ImagePlus xz = views[0], yz = views[1];
		assertEquals(3, xz.getWidth());
		assertEquals(4, xz.getHeight(), "2 sections, 2 rows each");
		assertEquals(112, xz.getProcessor().get(2, 3), "x 2, y 1, z 1");
		assertEquals(10, xz.getProcessor().get(0, 0), "x 0, y 1, z 0");
		assertEquals(4, yz.getWidth());
		assertEquals(2, yz.getHeight());
		assertEquals(102, yz.getProcessor().get(3, 0), "x 2, y 0, z 1");
		assertEquals(12, yz.getProcessor().get(0, 1), "x 2, y 1, z 0");
		assertEquals(2, s.rawReadsTotal(), "each section read once");
	}
}
