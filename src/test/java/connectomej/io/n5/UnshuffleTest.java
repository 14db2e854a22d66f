package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Shuffled blocks laid out by hand; reference-shuffled ones are in {@link BloscXzFixturesTest}. */
class UnshuffleTest {

	private static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < b.length; i++)
			b[i] = (byte) values[i];
		return b;
	}

	@Test
	void byteShuffleGroupsTheBytesOfEqualRankAndLeavesTheRemainder() {
		byte[] shuffled = bytes(0x01, 0x03, 0x05, /* */ 0x02, 0x04, 0x06, /* remainder */ 0x07);
		byte[] out = new byte[7];
		Unshuffle.bytes(2, shuffled, 0, 7, out, 0);
		assertArrayEquals(bytes(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07), out);
	}

	@Test
	void bitShuffleOfBytesHasOnePlanePerBit() {
		// values 3, 0, 0, 0, 0, 4, 0, 0x80: plane 0 and 1 hold value 0 (bit 0), plane 2 value 5 (bit 5), plane 7 value 7
		byte[] shuffled = bytes(0x01, 0x01, 0x20, 0, 0, 0, 0, 0x80);
		byte[] out = new byte[8];
		Unshuffle.bits(1, shuffled, 0, 8, out, 0);
		assertArrayEquals(bytes(3, 0, 0, 0, 0, 4, 0, 0x80), out);
	}

	@Test
	void bitShuffleOfTwoByteValuesHasPlanesByteByByte() {
		// 8 values of 2 bytes: 16 planes of 8 bits; plane 8 (byte 1, bit 0) has bit 2 set: value 2's second byte is 1
		byte[] shuffled = new byte[16];
		shuffled[8] = 0x04;
		byte[] out = new byte[16];
		Unshuffle.bits(2, shuffled, 0, 16, out, 0);
		byte[] expected = new byte[16];
		expected[2 * 2 + 1] = 1;
		assertArrayEquals(expected, out);
	}

	@Test
	void blocksOfValuesNotAMultipleOf8AreNotBitShuffled() {
		byte[] block = bytes(9, 8, 7, 6, 5, 4);
		byte[] out = new byte[6];
		Unshuffle.bits(2, block, 0, 6, out, 0);
		assertArrayEquals(block, out);
	}
}
