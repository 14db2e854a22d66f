package connectomej.io.n5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * BloscLZ tokens written by hand from the format's description (c-blosc's blosclz.c): the reference-written streams
 * are in {@link BloscXzFixturesTest}; these reach what small fixtures do not (long and far matches).
 */
class BloscLzTest {

	private static byte[] decode(int outLength, int... stream) throws IOException {
		byte[] in = new byte[stream.length];
		for (int i = 0; i < in.length; i++)
			in[i] = (byte) stream[i];
		byte[] out = new byte[outLength];
		int n = BloscLz.decode(in, 0, in.length, out, 0, outLength);
		return Arrays.copyOf(out, n);
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void literalRunsIgnoreTheFirstControlBytesMarker() throws IOException {
		assertArrayEquals(ascii("abc"), decode(10, 0x02, 'a', 'b', 'c'));
		assertArrayEquals(ascii("abc"), decode(10, 0x22, 'a', 'b', 'c'), "level marker in the top bits");
	}

	@Test
	void nearMatchOverlapsWhatItWrites() throws IOException {
		// 'a', then 5 bytes (control 3 << 5) at distance 1 (code 0), then 'b'
		assertArrayEquals(ascii("aaaaaab"), decode(10, 0x00, 'a', 0x60, 0x00, 0x00, 'b'));
	}

	@Test
	void longMatchAddsItsLengthBytesUntilOneIsNot255() throws IOException {
		// "xy", then 6 + 255 + 10 + 3 = 274 bytes at distance 2, then 'z'
		byte[] out = decode(400, 0x01, 'x', 'y', 0xe0, 255, 10, 0x01, 0x00, 'z');
		assertEquals(2 + 274 + 1, out.length);
		for (int i = 0; i < 276; i++)
			assertEquals(i % 2 == 0 ? 'x' : 'y', out[i]);
		assertEquals('z', out[276]);
	}

	@Test
	void farMatchReachesBeyond8191Bytes() throws IOException {
		ByteArrayOutputStream s = new ByteArrayOutputStream();
		s.writeBytes(new byte[] { 0x02, 'A', 'B', 'C', 0x00, 'q', (byte) 0xe0 }); // "ABC", "q", a run of 'q'...
		for (int i = 0; i < 35; i++)
			s.write(255);
		s.writeBytes(new byte[] { 66, 0 }); // ...of 6 + 35 * 255 + 66 + 3 = 9000 bytes at distance 1
		s.writeBytes(new byte[] { 0x3f, (byte) 255, 0x03, 0x2c }); // 3 bytes at distance 0x032c + 8192 = 9004
		s.writeBytes(new byte[] { 0x00, '!' });
		byte[] in = s.toByteArray(), out = new byte[9008];
		assertEquals(9008, BloscLz.decode(in, 0, in.length, out, 0, out.length));
		assertArrayEquals(ascii("ABC!"), Arrays.copyOfRange(out, 9004, 9008));
		assertEquals('q', out[9003]);
	}

	@Test
	void corruptStreamsAreIOExceptionsThatSayWhy() {
		IOException before = assertThrows(IOException.class, () -> decode(10, 0x00, 'a', 0x20, 0x05, 0x00, 'b'));
		assertTrue(before.getMessage().contains("before the start of the output"), before.getMessage());
		IOException over = assertThrows(IOException.class, () -> decode(2, 0x02, 'a', 'b', 'c'));
		assertTrue(over.getMessage().contains("more than 2 bytes"), over.getMessage());
		IOException cut = assertThrows(IOException.class, () -> decode(10, 0x05, 'a'));
		assertTrue(cut.getMessage().contains("past the end of the stream"), cut.getMessage());
		IOException match = assertThrows(IOException.class, () -> decode(10, 0x00, 'a', 0xe0, 255));
		assertTrue(match.getMessage().contains("ends inside a match length"), match.getMessage());
	}
}
