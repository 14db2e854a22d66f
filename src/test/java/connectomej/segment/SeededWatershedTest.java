package connectomej.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class SeededWatershedTest {

	private static final WatershedSettings BELOW_HALF = WatershedSettings.threshold(0.5);

	@Test
	void twoBasinsSplitAtTheRidge() {
		float[] p = {
			0.1f, 0.2f, 0.9f, 0.3f, 0.1f,
			0.1f, 0.6f, 0.8f, 0.7f, 0.1f };
		int[] labels = new int[p.length];
		assertEquals(2, SeededWatershed.watershed(p, new int[] { 5, 2, 1 }, VoxelSize.UNIT, BELOW_HALF, labels));
		// (2, 1) at 0.8 is reached from basin 1 at level 0.6 before basin 2 gets there at 0.7
		assertArrayEquals(new int[] {
			1, 1, 1, 2, 2,
			1, 1, 1, 2, 2 }, labels);
	}

	@Test
	void minimumSeedDistanceCutsANeck() {
		// one below-threshold region, two blobs joined by a 1-voxel neck: at >= 2 nm from the membrane two seeds remain
		float[] p = {
			1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
			1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1,
			1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
			1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1,
			1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
		int[] dims = { 11, 5, 1 };
		int[] labels = new int[p.length];
		assertEquals(1, SeededWatershed.watershed(p, dims, VoxelSize.UNIT, BELOW_HALF, labels));
		assertEquals(2, SeededWatershed.watershed(p, dims, VoxelSize.UNIT, BELOW_HALF.withMinSeedDistance(2).withPerSection(true), labels));
		assertEquals(1, labels[2 * 11 + 2]);
		assertEquals(2, labels[2 * 11 + 8]);
	}

	@Test
	void perSectionNeverCrossesSections() {
		// two sections; the second has no seed of its own
		float[] p = {
			0.1f, 0.2f,
			0.7f, 0.8f };
		int[] labels = new int[p.length];
		SeededWatershed.watershed(p, new int[] { 2, 1, 2 }, VoxelSize.UNIT, BELOW_HALF.withPerSection(true), labels);
		assertArrayEquals(new int[] { 1, 1, 0, 0 }, labels);
		SeededWatershed.watershed(p, new int[] { 2, 1, 2 }, VoxelSize.UNIT, BELOW_HALF, labels);
		assertArrayEquals(new int[] { 1, 1, 1, 1 }, labels);
	}

	@Test
	void viewApiOnAnOffsetIntervalEqualsTheFlatResult() {
		VoronoiMembranes v = VoronoiMembranes.generate(new int[] { 20, 18, 16 }, 12, 1.5, 0.2, 3);
		int[] dims = { 20, 18, 16 };
		int[] flat = new int[20 * 18 * 16];
		int n = SeededWatershed.watershed(v.probabilityArray, dims, VoxelSize.UNIT, BELOW_HALF, flat);
		var labels = ArrayImgs.unsignedLongs(20, 18, 16);
		long m = SeededWatershed.watershed(Views.translate(v.probability, 5, -7, 100), Views.translate(labels, 5, -7, 100),
			VoxelSize.UNIT, BELOW_HALF);
		assertEquals(n, m);
		long[] got = Views.flatIterable(labels).stream().mapToLong(UnsignedLongType::get).toArray();
		for (int i = 0; i < flat.length; i++)
			assertEquals(flat[i], got[i]);
	}
}
