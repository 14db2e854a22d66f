package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

class ContingencyTableTest {

	static final long[][] GT = {
			{ 1, 1, 2, 2 },
			{ 1, 1, 2, 2 },
			{ 3, 3, 4, 4 },
			{ 3, 3, 4, 4 } };

	static final long[][] SEG = {
			{ 1, 1, 1, 1 },
			{ 1, 1, 1, 1 },
			{ 5, 5, 6, 6 },
			{ 5, 5, 6, 7 } };

	@Test
	void countsPairsRowsAndColumnsOfA4x4Section() {
		ContingencyTable t = ContingencyTables.of(LabelImages.section(SEG), LabelImages.section(GT));
		// n_ij: (gt 1, seg 1) = 4, (2, 1) = 4, (3, 5) = 4, (4, 6) = 3, (4, 7) = 1
		assertEquals(16, t.total());
		assertEquals(5, t.pairCount());
		assertEquals(4, t.count(1, 1));
		assertEquals(4, t.count(2, 1));
		assertEquals(3, t.count(4, 6));
		assertEquals(1, t.count(4, 7));
		assertEquals(0, t.count(1, 5));
		assertEquals(4, t.groundTruthSize(4));
		assertEquals(8, t.segmentSize(1));
		assertEquals(0, t.segmentSize(99));
		assertEquals(4, t.groundTruthLabelCount());
		assertEquals(4, t.segmentLabelCount());
	}

	@Test
	void offsetIntervalsArePairedByOffsetFromTheirMin() {
		RandomAccessibleInterval<UnsignedLongType> moved = Views.translate(LabelImages.section(SEG), 100, -5, 3);
		ContingencyTable t = ContingencyTables.of(moved, LabelImages.section(GT));
		assertEquals(3, t.count(4, 6));
		assertEquals(4, t.count(3, 5));
	}

	@Test
	void differentShapesAreRejectedNamingBoth() {
		var seg = ArrayImgs.unsignedLongs(4, 4, 2);
		var gt = ArrayImgs.unsignedShorts(4, 4, 3);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ContingencyTables.of(seg, gt));
		assertTrue(e.getMessage().contains("4 x 4 x 2") && e.getMessage().contains("4 x 4 x 3"), e.getMessage());
	}

	@Test
	void blockWiseParallelTableEqualsSequentialOnOffsetRandomVolumes() throws Exception {
		RandomAccessibleInterval<UnsignedLongType> seg = Views.translate(LabelImages.random(1, 40, 23, 17, 9), -7, 4, 2);
		RandomAccessibleInterval<UnsignedShortType> gt = ArrayImgs.unsignedShorts(23, 17, 9);
		var gtSource = LabelImages.random(2, 9, 23, 17, 9).cursor();
		for (UnsignedShortType v : Views.flatIterable(gt))
			v.setInteger(gtSource.next().get());
		ContingencyTable sequential = ContingencyTables.of(seg, gt);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			ContingencyTable parallel = ContingencyTables.of(seg, gt, new long[] { 8, 8, 4 }, executor);
			assertEquals(23 * 17 * 9, parallel.total());
			assertEquals(sequential.pairCount(), parallel.pairCount());
			sequential.forEachPair((g, s, n) -> assertEquals(n, parallel.count(g, s)));
		} finally {
			executor.shutdown();
		}
	}

	@Test
	void ignoringGroundTruthRemovesRowsAndShrinksColumns() {
		ContingencyTable t = new ContingencyTable();
		t.add(0, 1, 4);
		t.add(1, 1, 4);
		t.add(2, 2, 8);
		ContingencyTable kept = t.withoutGroundTruth(0);
		assertEquals(12, kept.total());
		assertEquals(4, kept.segmentSize(1));
		assertEquals(0, kept.groundTruthSize(0));
	}

	@Test
	void unsignedLabelsAbove2To63KeepTheirBits() {
		var seg = ArrayImgs.unsignedLongs(new long[] { -1L, -1L, 5 }, 3, 1, 1);
		var gt = ArrayImgs.unsignedLongs(new long[] { 7, 7, 7 }, 3, 1, 1);
		ContingencyTable t = ContingencyTables.of(seg, gt);
		assertEquals(2, t.count(7, -1L)); // label 2^64 - 1
		assertEquals(1, t.count(7, 5));
	}
}
