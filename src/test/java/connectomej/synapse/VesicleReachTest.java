package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.Interval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

class VesicleReachTest {

	static final int W = 90, H = 60, D = 3;

	/** Three vertical cleft bars of 2 x 12 pixels in every section, and one 2 x 2 speck the size rule drops. */
	static ArrayImg<FloatType, ?> clefts() {
		ArrayImg<FloatType, ?> c = ArrayImgs.floats(W, H, D);
		for (int x : new int[] { 15, 45, 75 })
			Views.interval(c, new long[] { x, 20, 0 }, new long[] { x + 1, 31, D - 1 }).forEach(t -> t.set(0.9f));
		Views.interval(c, new long[] { 30, 50, 1 }, new long[] { 31, 51, 1 }).forEach(t -> t.set(0.9f));
		return c;
	}

	static ArrayImg<FloatType, ?> randomVesicles(long seed) {
		ArrayImg<FloatType, ?> v = ArrayImgs.floats(W, H, D);
		Random r = new Random(seed);
		v.forEach(t -> t.set(r.nextFloat()));
		return v;
	}

	static SynapseRules.Settings settings() {
		return new SynapseRules.Settings(0.5, 20, 10_000, 1.5, 6, 0.0, 1.05, true);
	}

	static boolean inside(List<Interval> boxes, long x, long y, long z) {
		return boxes.stream().anyMatch(b -> Intervals.contains(b, new net.imglib2.Point(x, y, z)));
	}

	@Test
	void theRulesFindTheSameSynapsesWhenVesiclesAreKnownOnlyWithinReach() {
		int found = 0;
		for (long seed = 1; seed <= 5; seed++) {
			ArrayImg<FloatType, ?> clefts = clefts(), vesicles = randomVesicles(seed), withinReach = ArrayImgs.floats(W, H, D);
			List<Interval> boxes = VesicleReach.of(clefts, VoxelSize.UNIT, settings());
			var from = vesicles.localizingCursor();
			var to = withinReach.cursor();
			while (from.hasNext()) {
				float v = from.next().get();
				to.next().set(inside(boxes, from.getLongPosition(0), from.getLongPosition(1), from.getLongPosition(2)) ? v : 0);
			}
			List<DetectedSynapse> whole = SynapseRules.detect(clefts, vesicles, null, VoxelSize.UNIT, settings(), ArrayImgs.ints(W, H, D));
			List<DetectedSynapse> reached = SynapseRules.detect(clefts, withinReach, null, VoxelSize.UNIT, settings(), ArrayImgs.ints(W, H, D));
			assertEquals(whole, reached, "seed " + seed);
			found += whole.size();
		}
		assertTrue(found > 0, "no synapse in any seed: the comparison would say nothing");
	}

	@Test
	void onlyCandidatesThatPassTheShapeRulesAreReachedAndTheRestIsLeftOut() {
		List<Interval> boxes = VesicleReach.of(clefts(), VoxelSize.UNIT, settings());
		assertEquals(3, boxes.size(), "three bars; the speck is below the size rule");
		Interval first = boxes.get(0);
		assertEquals(15 - 6, first.min(0));
		assertEquals(16 + 6, first.max(0));
		assertEquals(20 - 6, first.min(1));
		assertEquals(31 + 6, first.max(1));
		assertEquals(0, first.min(2));
		assertEquals(D - 1, first.max(2));
		assertFalse(inside(boxes, 31, 55, 1), "around the speck nothing is read");
		assertTrue(inside(boxes, 76, 36, 2));
	}

	/** Serial sections (4 x 4 x 40 nm): a cleft plate 4 voxels thick, tilted across sections 0-5 by 3 voxels in x per section. */
	static ArrayImg<FloatType, ?> tiltedCleft() {
		ArrayImg<FloatType, ?> c = ArrayImgs.floats(120, 60, 16);
		for (int z = 0; z <= 5; z++)
			Views.interval(c, new long[] { 40 + 3 * z, 10, z }, new long[] { 43 + 3 * z, 40, z }).forEach(t -> t.set(0.9f));
		return c;
	}

	@Test
	void onSerialSectionsTheReachAlongZIsTheRayInSectionsAndTheRulesStillFindTheSameSynapses() {
		VoxelSize sections = new VoxelSize(4, 4, 40);
		SynapseRules.Settings s = new SynapseRules.Settings(0.5, 20, Long.MAX_VALUE, 1.5, 150, 0.0, 1.05, true);
		ArrayImg<FloatType, ?> clefts = tiltedCleft();
		List<Interval> boxes = VesicleReach.of(clefts, sections, s);
		assertEquals(1, boxes.size());
		int ray = SynapseRules.rayLength(s, sections);
		assertEquals(38, ray, "150 nm of 4 nm voxels");
		assertEquals(0, boxes.get(0).min(2));
		assertEquals(5 + 4, boxes.get(0).max(2), "38 steps of 4 nm reach 152 nm: 4 sections of 40 nm beyond the cleft");
		int found = 0;
		for (long seed = 1; seed <= 5; seed++) {
			ArrayImg<FloatType, ?> vesicles = ArrayImgs.floats(120, 60, 16), withinReach = ArrayImgs.floats(120, 60, 16);
			Random r = new Random(seed);
			var cell = vesicles.localizingCursor();
			while (cell.hasNext())
				cell.next().set(r.nextFloat() * (cell.getIntPosition(0) < 40 ? 1 : 0.5f)); // denser on the left: a synapse
			var from = vesicles.localizingCursor();
			var to = withinReach.cursor();
			while (from.hasNext()) {
				float v = from.next().get();
				to.next().set(inside(boxes, from.getLongPosition(0), from.getLongPosition(1), from.getLongPosition(2)) ? v : 0);
			}
			List<DetectedSynapse> whole = SynapseRules.detect(clefts, vesicles, null, sections, s, ArrayImgs.ints(120, 60, 16));
			List<DetectedSynapse> reached = SynapseRules.detect(clefts, withinReach, null, sections, s, ArrayImgs.ints(120, 60, 16));
			assertEquals(whole, reached, "seed " + seed);
			found += whole.size();
		}
		assertTrue(found > 0, "no synapse in any seed: the comparison would say nothing");
	}

	@Test
	void boxesAreInTheCoordinatesOfAnOffsetMap() {
		var shifted = Views.translate(clefts(), 100, -40, 7);
		Interval first = VesicleReach.of(shifted, VoxelSize.UNIT, settings()).get(0);
		assertEquals(100 + 15 - 6, first.min(0));
		assertEquals(-40 + 20 - 6, first.min(1));
		assertEquals(7, first.min(2));
	}
}
