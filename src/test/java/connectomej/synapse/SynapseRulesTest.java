package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.volume.VoxelSize;

class SynapseRulesTest {

	static final int W = SynapseFixture.W, H = SynapseFixture.H, D = SynapseFixture.D;

	static SynapseRules.Settings settings() {
		return new SynapseRules.Settings(0.5, 10, 10_000, 1.5, 8, 0.05, 2, true);
	}

	static List<DetectedSynapse> detect(RandomAccessibleInterval<FloatType> vesicles, RandomAccessibleInterval<UnsignedLongType> segments,
			ArrayImg<IntType, ?> out) {
		return SynapseRules.detect(SynapseFixture.cleft(), vesicles, segments, VoxelSize.UNIT, settings(), out);
	}

	@Test
	void vesiclesOnTheLeftMakeTheLeftSegmentPresynaptic() {
		ArrayImg<IntType, ?> out = ArrayImgs.ints(W, H, D);
		List<DetectedSynapse> s = detect(SynapseFixture.vesicles(-1), SynapseFixture.segments(1, 2), out);
		assertEquals(1, s.size());
		assertEquals(1, s.get(0).pre());
		assertEquals(2, s.get(0).post());
		assertEquals(60, s.get(0).cleftVoxels());
		assertEquals(11.5, s.get(0).x(), 1e-9);
		assertEquals(7.5, s.get(0).y(), 1e-9);
		assertEquals(1, out.getAt(11, 5, 1).get());
		assertEquals(0, out.getAt(5, 5, 1).get());
	}

	@Test
	void vesiclesOnTheRightTurnTheSynapseAround() {
		List<DetectedSynapse> s = detect(SynapseFixture.vesicles(1), SynapseFixture.segments(1, 2), ArrayImgs.ints(W, H, D));
		assertEquals(1, s.size());
		assertEquals(2, s.get(0).pre());
		assertEquals(1, s.get(0).post());
	}

	@Test
	void noVesiclesOrOneSegmentIsNoSynapse() {
		assertEquals(0, detect(SynapseFixture.vesicles(0), SynapseFixture.segments(1, 2), ArrayImgs.ints(W, H, D)).size());
		assertEquals(0, detect(SynapseFixture.vesicles(-1), SynapseFixture.segments(3, 3), ArrayImgs.ints(W, H, D)).size());
	}

	@Test
	void withoutSegmentsTheVesicleRuleAloneDecides() {
		List<DetectedSynapse> s = detect(SynapseFixture.vesicles(-1), null, ArrayImgs.ints(W, H, D));
		assertEquals(1, s.size());
		assertEquals(0, s.get(0).pre());
	}

	@Test
	void smallAndRoundComponentsAreFiltered() {
		SynapseRules.Settings tooSmall = new SynapseRules.Settings(0.5, 61, 10_000, 1.5, 8, 0.05, 2, true);
		assertEquals(0, SynapseRules.detect(SynapseFixture.cleft(), SynapseFixture.vesicles(-1), SynapseFixture.segments(1, 2), VoxelSize.UNIT, tooSmall, ArrayImgs.ints(W, H, D)).size());
		SynapseRules.Settings tooRound = new SynapseRules.Settings(0.5, 10, 10_000, 20, 8, 0.05, 2, true);
		assertEquals(0, SynapseRules.detect(SynapseFixture.cleft(), SynapseFixture.vesicles(-1), SynapseFixture.segments(1, 2), VoxelSize.UNIT, tooRound, ArrayImgs.ints(W, H, D)).size());
	}

	@Test
	void sectionBySectionGivesOneSynapsePerSection() {
		SynapseRules.Settings perSection = new SynapseRules.Settings(0.5, 10, 10_000, 1.5, 8, 0.05, 2, false);
		List<DetectedSynapse> s = SynapseRules.detect(SynapseFixture.cleft(), SynapseFixture.vesicles(-1), SynapseFixture.segments(1, 2), VoxelSize.UNIT, perSection, ArrayImgs.ints(W, H, D));
		assertEquals(D, s.size());
		assertEquals(2.0, s.get(2).z(), 1e-9);
	}

	@Test
	void offsetIntervalsReportPositionsInTheirCoordinates() {
		long[] offset = { 5, -3, 7 };
		ArrayImg<IntType, ?> out = ArrayImgs.ints(W, H, D);
		List<DetectedSynapse> s = SynapseRules.detect(Views.translate(SynapseFixture.cleft(), offset), Views.translate(SynapseFixture.vesicles(-1), offset),
				Views.translate(SynapseFixture.segments(1, 2), offset), VoxelSize.UNIT, settings(), Views.translate(out, offset));
		assertEquals(1, s.size());
		assertEquals(16.5, s.get(0).x(), 1e-9);
		assertEquals(4.5, s.get(0).y(), 1e-9);
		assertEquals(8.0, s.get(0).z(), 1e-9);
		assertEquals(1, out.getAt(12, 5, 0).get());
	}

	@Test
	void differentShapesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> SynapseRules.detect(SynapseFixture.cleft(), ArrayImgs.floats(W, H, D + 1),
				SynapseFixture.segments(1, 2), VoxelSize.UNIT, settings(), ArrayImgs.ints(W, H, D)));
	}
}
