package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class FittedBoxesTest {

	/** An 8 x 8 cell at cell coordinates (cx, cy). */
	private static long[] cell(long cx, long cy) {
		return new long[] { 8 * cx, 8 * cy, 8 * cx + 7, 8 * cy + 7 };
	}

	@Test
	void cellsTouchingAtACornerMakeOneBox() {
		List<long[]> boxes = FittedBoxes.of(List.of(cell(0, 0), cell(1, 1), cell(2, 1)), 0);
		assertEquals(1, boxes.size());
		assertArrayEquals(new long[] { 0, 0, 23, 15 }, boxes.get(0));
	}

	@Test
	void distantCellsMergeOnlyWhenTheHaloMakesOneBoxCheaper() {
		// 8 x 8 cells 32 voxels apart: apart 2 x (8 + 2h)^2, together (40 + 2h) x (8 + 2h)
		List<long[]> cells = List.of(cell(0, 0), cell(4, 0));
		List<long[]> small = FittedBoxes.of(cells, 4);
		small.sort(Comparator.comparingLong(b -> b[0]));
		assertEquals(2, small.size());
		assertArrayEquals(cell(4, 0), small.get(1));
		List<long[]> wide = FittedBoxes.of(cells, 28);
		assertEquals(1, wide.size());
		assertArrayEquals(new long[] { 0, 0, 39, 7 }, wide.get(0));
	}

	@Test
	void noCellsNoBoxes() {
		assertEquals(0, FittedBoxes.of(List.of(), 28).size());
	}

	@Test
	void aWantedVoxelGetsItsCellAndTheMarginClampedToTheSectionAndDoneVoxelsNone() {
		long[] dims = { 40, 30, 2 };
		boolean[] wanted = new boolean[40 * 30 * 2], done = new boolean[wanted.length];
		wanted[3 + 40 * (12 + 30)] = true; // (3, 12) in section 1: cell (0, 1)
		wanted[35 + 40 * 5] = true; // (35, 5) in section 0, already done
		done[35 + 40 * 5] = true;
		List<long[]> boxes = FittedBoxes.around(wanted, done, dims, 1, 8, 1, 0);
		assertEquals(1, boxes.size());
		assertArrayEquals(new long[] { 0, 0, 15, 23 }, boxes.get(0), "cells (0..1, 0..2) around cell (0, 1)");
		assertEquals(0, FittedBoxes.around(wanted, done, dims, 0, 8, 1, 0).size());
	}

	@Test
	void aLargeBoxIsCutIntoPiecesThatStartOnItsGrid() {
		List<long[]> pieces = FittedBoxes.cut(new long[] { 8, 16, 8 + 1100, 16 + 500 }, 512);
		assertEquals(3, pieces.size());
		assertArrayEquals(new long[] { 8, 16, 519, 516 }, pieces.get(0));
		assertArrayEquals(new long[] { 520, 16, 1031, 516 }, pieces.get(1));
		assertArrayEquals(new long[] { 1032, 16, 1108, 516 }, pieces.get(2));
		long[] dims = { 1100, 40, 1 };
		boolean[] everything = new boolean[1100 * 40];
		java.util.Arrays.fill(everything, true);
		for (long[] box : FittedBoxes.around(everything, new boolean[everything.length], dims, 0, 8, 0, 28))
			assertTrue(box[2] - box[0] < FittedBoxes.MAX_SIDE && box[3] - box[1] < FittedBoxes.MAX_SIDE, java.util.Arrays.toString(box));
	}
}
