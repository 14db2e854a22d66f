package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreyScaleTest {

	@Test
	void eightBitValuesStayAndOthersStretch() {
		float[] bytes = { 0, 17, 255 };
		assertEquals(new GreyScale(0, 255), GreyScale.of(bytes));
		assertArrayEquals(new byte[] { 0, 17, (byte) 255 }, GreyScale.of(bytes).toBytes(bytes));
		float[] probabilities = { 0.25f, 0.5f, 0.75f };
		GreyScale p = GreyScale.of(probabilities);
		assertArrayEquals(new byte[] { 0, (byte) 128, (byte) 255 }, p.toBytes(probabilities));
		assertArrayEquals(new byte[] { 0, (byte) 255 }, p.toBytes(new float[] { -3, 9 }), "clamped");
	}
}
