package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetworkFlopsTest {

	@Test
	void shallowNetCountsEveryFullResolutionConvolution() {
		// 3x3 1->8, 3x3 8->8, 1x1 8->1
		var conf = ShallowMembraneNet.configuration(new ShallowMembraneNet.Settings(2, 1, 1, 8, 2, 1, 1e-3));
		assertEquals(2.0 * (9 * 1 * 8 + 9 * 8 * 8 + 8), NetworkFlops.perVoxel(conf, 2), 1e-9);
	}

	@Test
	void uNetLevelsCountAtTheirResolution() {
		// 2 levels, base 4: down0 1->4, 4->4 (full); down1 4->8, 8->8 (1/4); dec0 12->4, 4->4 (full); logits 4->1
		var conf = UNet.configuration(new UNet.Settings(2, 1, 1, 2, 4, 1, 1e-3));
		double full = 9 * (1 * 4 + 4 * 4 + 12 * 4 + 4 * 4) + 4, quarter = 9 * (4 * 8 + 8 * 8) / 4.0;
		assertEquals(2 * (full + quarter), NetworkFlops.perVoxel(conf, 2), 1e-9);
	}

	@Test
	void threeDimensionalKernelsCountTheirVolume() {
		var conf = ShallowMembraneNet.configuration(new ShallowMembraneNet.Settings(3, 1, 1, 4, 1, 1, 1e-3));
		assertEquals(2.0 * (27 * 4 + 4), NetworkFlops.perVoxel(conf, 3), 1e-9);
	}
}
