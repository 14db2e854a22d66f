package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class SkeletonsTest {

	@TempDir
	Path folder;

	/** A tube of radius 2.5 voxels along x from x = 3 to 42 (true centre line 39 voxels long), label 7. */
	private static RandomAccessibleInterval<UnsignedLongType> tube(int[] dims) {
		var img = ArrayImgs.unsignedLongs(dims[0], dims[1], dims[2]);
		var ra = img.randomAccess();
		for (int z = 0; z < dims[2]; z++)
			for (int y = 0; y < dims[1]; y++)
				for (int x = 3; x <= 42; x++)
					if (sq(y - 6) + sq(z - 6) <= 2.5 * 2.5)
						ra.setPositionAndGet(x, y, z).set(7);
		return img;
	}

	@Test
	void straightTubeLengthIsItsCentreLine() {
		var labels = Views.translate(tube(new int[] { 46, 13, 13 }), 10, 20, 30);
		ObjectStatistics o = ObjectStatistics.of(labels).get(0);
		Skeleton s = Skeletons.of(labels, o, VoxelSize.UNIT, TeasarSettings.defaults(1));
		assertEquals(0, s.branchPointCount());
		assertEquals(2, s.endPointCount());
		assertEquals(39, s.length(), 3);
		// nodes lie inside the tube, in the label volume's (translated) coordinates
		for (int i = 0; i < s.nodeCount(); i++)
			assertTrue(s.xyz()[3 * i] >= 13 && s.xyz()[3 * i] <= 52, "node x " + s.xyz()[3 * i]);
	}

	@Test
	void anisotropicTubeLengthIsInNanometres() {
		// the same tube along z with 4 x 4 x 40 nm voxels: 39 sections of 40 nm; only 13 x 13 voxels in-plane
		var img = ArrayImgs.unsignedLongs(13, 13, 46);
		var ra = img.randomAccess();
		for (int z = 3; z <= 42; z++)
			for (int y = 0; y < 13; y++)
				for (int x = 0; x < 13; x++)
					if (sq(x - 6) + sq(y - 6) <= 2.5 * 2.5)
						ra.setPositionAndGet(x, y, z).set(1);
		ObjectStatistics o = ObjectStatistics.of(img).get(0);
		Skeleton s = Skeletons.of(img, o, new VoxelSize(4, 4, 40), TeasarSettings.defaults(40));
		assertEquals(39 * 40, s.length(), 3 * 40);
		assertEquals(0, s.branchPointCount());
	}

	@Test
	void yShapeHasThreeTipsAndOneBranchPoint() {
		var img = ArrayImgs.unsignedLongs(40, 40, 9);
		var ra = img.randomAccess();
		int[][] tips = { { 20, 2 }, { 3, 37 }, { 37, 37 } };
		for (int z = 0; z < 9; z++)
			for (int y = 0; y < 40; y++)
				for (int x = 0; x < 40; x++)
					for (int[] t : tips)
						if (distanceToSegment(x, y, z, t) <= 2.3)
							ra.setPositionAndGet(x, y, z).set(3);
		Skeleton s = Skeletons.of(img, ObjectStatistics.of(img).get(0), VoxelSize.UNIT, TeasarSettings.defaults(1));
		assertEquals(1, s.branchPointCount());
		assertEquals(3, s.endPointCount());
		assertTreeIsValid(s);
	}

	@Test
	void swcHasSevenColumnsValidParentsAndNoCycles() throws Exception {
		var labels = tube(new int[] { 46, 13, 13 });
		ExecutorService executor = Executors.newFixedThreadPool(2);
		List<ObjectStatistics> objects = ObjectStatistics.of(labels);
		List<Skeleton> skeletons = Skeletons.of(labels, objects, VoxelSize.isotropic(8), TeasarSettings.defaults(8), executor);
		executor.shutdownNow();
		Path swc = folder.resolve("all.swc");
		SkeletonFiles.writeSwc(List.of(skeletons.get(0), skeletons.get(0)), swc);
		Map<Integer, Integer> parent = new HashMap<>();
		for (String line : Files.readAllLines(swc)) {
			if (line.startsWith("#"))
				continue;
			String[] f = line.trim().split("\\s+");
			assertEquals(7, f.length, line);
			int p = Integer.parseInt(f[6]);
			assertTrue(p == -1 || parent.containsKey(p), "parent " + p + " not defined before node " + f[0]);
			parent.put(Integer.parseInt(f[0]), p);
		}
		assertEquals(2 * skeletons.get(0).nodeCount(), parent.size());
		assertEquals(2, parent.values().stream().filter(p -> p == -1).count());
		SkeletonFiles.writeSwcPerObject(skeletons, folder.resolve("each"));
		assertEquals(skeletons.get(0).nodeCount() + 2, Files.readAllLines(folder.resolve("each").resolve("7.swc")).size(),
			"two comment lines and one line per node");
	}

	@Test
	void objectTableHoldsBoxCentroidAndLength() throws Exception {
		var labels = tube(new int[] { 46, 13, 13 });
		List<ObjectStatistics> objects = ObjectStatistics.of(Views.translate(labels, 0, 0, 5));
		ObjectStatistics o = objects.get(0);
		assertEquals(7, o.id());
		assertEquals(3, o.min()[0]);
		assertEquals(42, o.max()[0]);
		assertEquals(5 + 4, o.min()[2]);
		assertEquals(22.5, o.centroid()[0], 1e-9);
		assertEquals(6 + 5, o.centroid()[2], 1e-9);
		Skeleton s = Skeletons.of(labels, ObjectStatistics.of(labels).get(0), VoxelSize.isotropic(8), TeasarSettings.defaults(8));
		Path csv = folder.resolve("objects.csv");
		SkeletonFiles.writeObjectTable(objects, List.of(s), new VoxelSize(8, 8, 30), csv);
		CsvTable t = CsvTables.read(csv);
		assertEquals(1, t.rows().size());
		assertEquals(15, t.columns().size());
		assertEquals("22.5", t.text(0, "centroid_x"));
		assertEquals(11 * 30.0, Double.parseDouble(t.text(0, "centroid_z_nm")), 1e-9);
		assertEquals(s.length(), Double.parseDouble(t.text(0, "skeleton_length_nm")), 1e-9);
		assertEquals(o.voxels(), Long.parseLong(t.text(0, "voxels")));
	}

	private static void assertTreeIsValid(Skeleton s) {
		assertEquals(-1, s.parent()[0]);
		for (int i = 1; i < s.nodeCount(); i++) {
			int steps = 0;
			for (int v = i; v != 0; v = s.parent()[v])
				assertTrue(++steps <= s.nodeCount() && s.parent()[v] >= 0, "node " + i + " does not reach the root");
		}
	}

	private static double distanceToSegment(int x, int y, int z, int[] tip) {
		double cx = 20, cy = 25, dx = tip[0] - cx, dy = tip[1] - cy;
		double t = Math.max(0, Math.min(1, ((x - cx) * dx + (y - cy) * dy) / (dx * dx + dy * dy)));
		return Math.sqrt(sq(x - (cx + t * dx)) + sq(y - (cy + t * dy)) + sq(z - 4));
	}

	private static double sq(double v) {
		return v * v;
	}
}
