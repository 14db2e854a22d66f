package connectomej.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.segment.Skeleton;
import connectomej.segment.SkeletonFiles;
import connectomej.segment.SwcReader;
import connectomej.volume.VoxelSize;

class SkeletonCentresTest {

	@TempDir
	Path dir;

	/** A 12 x 5 x 3 volume (voxels 2 x 2 x 4 nm) holding object 7: the bar x 1..10, y 1..3, z 0..2. */
	private static LabelGrid bar() {
		long[] labels = new long[12 * 5 * 3];
		for (int z = 0; z < 3; z++)
			for (int y = 1; y <= 3; y++)
				for (int x = 1; x <= 10; x++)
					labels[x + 12 * (y + 5 * z)] = 7;
		return new LabelGrid(labels, 12, 5, 3, new VoxelSize(2, 2, 4));
	}

	/** Nodes at x = 2, 4, 6, 8 (voxels) on the bar's axis, radii 1, 3, 2, 1 nm, and one outside the bar (x = 11). */
	private static Skeleton skeleton() {
		double[] xyz = { 4, 4, 4, 8, 4, 4, 12, 4, 4, 16, 4, 4, 22, 4, 4 };
		return new Skeleton(7, xyz, new double[] { 1, 3, 2, 1, 5 }, new int[] { -1, 0, 1, 2, 3 });
	}

	@Test
	void swcFilesReadBackAsWritten() throws IOException {
		SkeletonFiles.writeSwcPerObject(List.of(skeleton()), dir);
		Skeleton read = SwcReader.read(dir.resolve("7.swc"), 7);
		assertArrayEquals(skeleton().xyz(), read.xyz(), 1e-9);
		assertArrayEquals(skeleton().radius(), read.radius(), 1e-9);
		assertArrayEquals(skeleton().parent(), read.parent());
	}

	@Test
	void centresAreSkeletonNodesInsideTheObjectWidestFirstAndSpaced() throws IOException {
		SkeletonFiles.writeSwcPerObject(List.of(skeleton()), dir);
		LabelGrid grid = bar();
		ObjectMask mask = ObjectMask.of(grid, Set.of(7L), new int[] { 1, 1, 0 }, new int[] { 10, 3, 2 }, 1);
		double[] vs = grid.voxelSize().toArray();
		List<int[]> all = new SkeletonCentres(dir).of(7, mask, vs, 0);
		assertEquals(4, all.size());
		assertArrayEquals(new int[] { 4, 2, 1 }, all.get(0));
		assertArrayEquals(new int[] { 6, 2, 1 }, all.get(1));
		List<int[]> spaced = new SkeletonCentres(dir).of(7, mask, vs, 5);
		assertEquals(2, spaced.size());
		assertArrayEquals(new int[] { 4, 2, 1 }, spaced.get(0));
		assertArrayEquals(new int[] { 8, 2, 1 }, spaced.get(1));
	}

	@Test
	void anObjectWithoutSkeletonGetsMedialSamples() {
		LabelGrid grid = bar();
		ObjectMask mask = ObjectMask.of(grid, Set.of(7L), new int[] { 1, 1, 0 }, new int[] { 10, 3, 2 }, 1);
		double[] vs = grid.voxelSize().toArray();
		List<int[]> centres = new SkeletonCentres(dir).of(7, mask, vs, 4);
		assertFalse(centres.isEmpty());
		assertEquals(new MedialSamples().of(mask, vs, 4).size(), centres.size());
	}
}
