package connectomej.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import connectomej.io.MnistDigits;

/** Merged MNIST examples from two fake digits: a bar and a ring. */
class MergedDigitsTest {

	@Test
	void pairsHoldMoreInkThanEitherDigitAndEveryMaskIsCentred() {
		byte[][] images = new byte[2][28 * 28];
		for (int y = 4; y < 24; y++)
			for (int x = 12; x < 16; x++)
				images[0][x + 28 * y] = (byte) 255;
		for (int y = 6; y < 22; y++)
			for (int x = 6; x < 22; x++)
				if (x < 8 || x > 19 || y < 8 || y > 19)
					images[1][x + 28 * y] = (byte) 200;
		MnistDigits digits = new MnistDigits(images, new byte[] { 1, 0 });
		WindowSet set = MergedDigits.of(digits, new int[] { 0, 1 }, 40, 2);
		assertEquals(40, set.size());
		assertEquals(20, set.positives());
		int maxSingle = 0, minPair = Integer.MAX_VALUE;
		for (int i = 0; i < set.size(); i++) {
			int ink = 0;
			for (float v : set.windows().get(i))
				ink += v > 0 ? 1 : 0;
			if (set.merged().get(i))
				minPair = Math.min(minPair, ink);
			else
				maxSingle = Math.max(maxSingle, ink);
		}
		assertEquals(112, maxSingle, "the ring has 112 ink pixels, the bar 80");
		assertTrue(minPair > 80, "a pair holds more than the bar alone: " + minPair);
	}
}
