package connectomej.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

class ObjectUncertaintyTest {

	@Test
	void meanVariancePerSegmentMostUncertainFirst() {
		// segments (4 x 2, one section)   variance
		// 1 1 2 0                         0.1 0.3 0.5 9
		// 1 3 2 2                         0.2 0.0 0.2 0.2
		var segments = ArrayImgs.unsignedLongs(new long[] { 1, 1, 2, 0, 1, 3, 2, 2 }, 4, 2, 1);
		var variance = ArrayImgs.floats(new float[] { 0.1f, 0.3f, 0.5f, 9, 0.2f, 0, 0.2f, 0.2f }, 4, 2, 1);
		List<ObjectUncertainty> rows = ObjectUncertainty.of(segments, variance);
		assertEquals(List.of(2L, 1L, 3L), rows.stream().map(ObjectUncertainty::id).toList());
		assertEquals(0.3, rows.get(0).meanVariance(), 1e-6);
		assertEquals(0.5, rows.get(0).maxVariance(), 1e-6);
		assertEquals(3, rows.get(1).voxels());
		assertEquals(0.2, rows.get(1).meanVariance(), 1e-6);
		assertEquals(0, rows.get(2).meanVariance(), 1e-9);
		assertEquals("2", ObjectUncertainty.table(rows).text(0, "id"));
	}
}
