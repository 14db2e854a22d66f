package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;

class SynthSettingsTest {

	@Test
	void presetsCarryTheirModalityVoxelSize() {
		assertEquals(new VoxelSize(4, 4, 40), SynthSettings.anisotropicTem(8, 8, 8, 1).voxelSize());
		assertEquals(VoxelSize.isotropic(8), SynthSettings.isotropicFibsem(8, 8, 8, 1).voxelSize());
	}

	@Test
	void presetSynapseCountScalesWithVolume() {
		// 250 x 250 x 25 voxels of 4 x 4 x 40 nm = 1 um^3
		assertEquals(Math.round(SynthSettings.PRESET_SYNAPSES_PER_CUBIC_MICRON), SynthSettings.anisotropicTem(250, 250, 25, 1).synapseCount());
	}

	@Test
	void withersChangeOnlyTheirField() {
		SynthSettings s = SynthSettings.anisotropicTem(10, 20, 30, 1);
		assertEquals(9, s.withSeed(9).seed());
		assertEquals(s.neuriteDensity(), s.withSeed(9).neuriteDensity());
		assertEquals(5, s.withSynapseCount(5).synapseCount());
		assertEquals(0, s.noiseless().gaussianNoise());
		assertArrayEquals(new long[] { 10, 20, 30 }, s.interval().dimensionsAsLongArray());
	}

	@Test
	void rejectsBadValues() {
		assertThrows(IllegalArgumentException.class, () -> SynthSettings.anisotropicTem(0, 8, 8, 1));
		SynthSettings s = SynthSettings.anisotropicTem(8, 8, 8, 1);
		assertThrows(IllegalArgumentException.class, () -> new SynthSettings(8, 8, 8, s.voxelSize(), 1, s.modality(), 0, 1, 0, 0, 0, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> s.withSynapseCount(-1));
	}
}
