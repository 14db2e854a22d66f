package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SynthStatisticsTest {

	@Test
	void temVolumeLooksLikeNeuropil() {
		SynthStatistics s = SynthStatistics.of(new SyntheticEm(SynthSettings.anisotropicTem(128, 128, 16, 5)).generateVolume());
		assertEquals(128 * 128 * 16, s.voxels());
		assertTrue(s.objects() > 15, s.summary());
		assertTrue(s.membraneFraction() > 0.05 && s.membraneFraction() < 0.3, s.summary());
		assertTrue(s.mitoFraction() < 0.15, s.summary());
		assertTrue(s.rawMean() > 120 && s.rawMean() < 210, s.report());
		assertTrue(s.rawStd() > 10, s.report());
	}

	@Test
	void fibsemVolumeLooksLikeNeuropil() {
		SynthStatistics s = SynthStatistics.of(new SyntheticEm(SynthSettings.isotropicFibsem(64, 64, 64, 5).withSynapseCount(3)).generateVolume());
		assertTrue(s.objects() > 8, s.summary());
		assertTrue(s.membraneFraction() > 0.05 && s.membraneFraction() < 0.3, s.summary());
		assertTrue(s.synapses() > 0 && s.vesicleFraction() > 0 && s.cleftFraction() > 0, s.summary());
		assertTrue(s.meanCleftVoxels() > 10, s.report());
	}

	@Test
	void fractionsCountMaskVoxels() {
		SyntheticBlock b = new SyntheticEm(SynthSettings.anisotropicTem(64, 64, 4, 2)).generateVolume().images();
		long membrane = 0;
		for (long v : SynthImages.values(b.membranes()))
			membrane += v;
		SyntheticVolume v = new SyntheticVolume(SynthSettings.anisotropicTem(64, 64, 4, 2), b, java.util.List.of());
		assertEquals(membrane / (64.0 * 64 * 4), SynthStatistics.of(v).membraneFraction(), 1e-12);
	}

	@Test
	void summaryIsOneLineAndReportOneNumberPerLine() {
		SynthStatistics s = new SynthStatistics(1000, 12, 3, 0.125, 0.05, 0.01, 0.002, 70, 0.0001, 40, 170, 30);
		assertEquals(1, s.summary().lines().count());
		assertTrue(s.summary().contains("12 objects") && s.summary().contains("membrane 12.5 %"), s.summary());
		assertEquals(10, s.report().lines().count());
		assertTrue(s.report().contains("synapses: 3"), s.report());
	}
}
