package connectomej.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoxelSizeTest {

	@Test
	void parsesThreeSizesOrOneIsotropicSize() {
		assertEquals(new VoxelSize(4, 4, 40), VoxelSize.parse("4,4,40"));
		assertEquals(new VoxelSize(3.8, 3.8, 50), VoxelSize.parse(" 3.8 , 3.8, 50 "));
		assertEquals(VoxelSize.isotropic(8), VoxelSize.parse("8"));
	}

	@Test
	void refusesWhatIsNotOneOrThreePositiveNumbers() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> VoxelSize.parse("4,4")).getMessage().contains("X,Y,Z"));
		assertEquals("'four' is not a number (nm)", assertThrows(IllegalArgumentException.class, () -> VoxelSize.parse("four")).getMessage());
		for (String bad : new String[] { "0", "-4,4,40", "4,4,NaN", "4,4,Infinity", "", "4,4,40,1" })
			assertThrows(IllegalArgumentException.class, () -> VoxelSize.parse(bad), bad);
	}

	@Test
	void storedSizesAreThreePositiveNumbersInEitherOrderAndUnit() {
		assertEquals(new VoxelSize(4, 5, 40), VoxelSize.stored(java.util.List.of(4, 5.0, 40L), false, 1));
		assertEquals(new VoxelSize(4, 5, 40), VoxelSize.stored(new double[] { 40, 5, 4 }, true, 1));
		VoxelSize microns = VoxelSize.stored(new float[] { 0.04f, 0.004f, 0.004f }, true, 1000);
		assertEquals(4, microns.x(), 1e-4);
		assertEquals(40, microns.z(), 1e-4);
		for (Object bad : new Object[] { null, java.util.List.of(4, 4), java.util.List.of(4, 0, 40), new double[] { 4, -4, 40 },
				java.util.List.of(4, "4", 40), new double[] { 4, Double.NaN, 40 }, "4,4,40" })
			assertEquals(VoxelSize.UNIT, VoxelSize.stored(bad, false, 1), String.valueOf(bad));
	}

	@Test
	void oneNanometreIsWhatReadersGiveForDataWithoutASize() {
		assertTrue(VoxelSize.UNIT.isUnrecorded());
		assertFalse(new VoxelSize(1, 1, 40).isUnrecorded());
		assertTrue(VoxelSize.unrecordedNote("em.png").startsWith("em.png records no voxel size"));
	}
}
