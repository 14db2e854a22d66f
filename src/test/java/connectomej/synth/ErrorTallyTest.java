package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorTallyTest {

	@Test
	void f1AndTheF1WithACategoryFixed() {
		ErrorTally t = new ErrorTally();
		// 3 true positives on square bands, 1 false negative in a pocket, 2 false positives in cytoplasm
		for (int i = 0; i < 3; i++)
			t.add(PixelCategory.BAND_SQUARE, true, true, false, true, 2);
		t.add(PixelCategory.POCKET, true, false, true, false, 3);
		t.add(PixelCategory.CYTOPLASM, false, true, false, false, Double.POSITIVE_INFINITY);
		t.add(PixelCategory.CYTOPLASM, false, true, true, false, 0.2);
		assertEquals(6.0 / 9, t.f1(), 1e-12);
		String report = t.report("x");
		// pocket fixed: TP 4, FP 2, FN 0 -> 8 / 10; cytoplasm fixed: TP 3, FP 0, FN 1 -> 6 / 7
		assertTrue(report.contains("POCKET") && report.matches("(?s).*POCKET .* 0\\.8000\n.*"), report);
		assertTrue(report.matches("(?s).*CYTOPLASM .* 0\\.8571\n.*"), report);
	}

	@Test
	void categoriesFollowTheirOrder() {
		TissueSample s = new TissueSample();
		s.reset();
		s.interfaceDistance = 3;
		s.bandHalfWidth = 7;
		assertEquals(PixelCategory.BAND_SQUARE, PixelCategory.of(s, true));
		s.bandHalfWidth = 7 + 10;
		assertEquals(PixelCategory.BAND_FLAT, PixelCategory.of(s, true));
		s.label = 5;
		assertEquals(PixelCategory.SEPARATION, PixelCategory.of(s, true));
		s.extracellular = true;
		assertEquals(PixelCategory.POCKET, PixelCategory.of(s, true));
		s.reset();
		s.mito = 2;
		assertEquals(PixelCategory.MITOCHONDRION, PixelCategory.of(s, false));
		s.vesicleRadial = 0.5;
		assertEquals(PixelCategory.VESICLE, PixelCategory.of(s, false));
	}

	@Test
	void edgeDistanceOfASquareCutBand() {
		TissueSample s = new TissueSample();
		s.reset();
		s.bandHalfWidth = 7;
		s.interfaceDistance = 15; // 8 nm beyond the 7 nm ground-truth half width: 2 pixels of 4 nm
		assertEquals(2, PixelCategory.edgeDistancePx(s, 40, 4), 1e-9);
	}
}
