package connectomej.io.n5;

import java.io.IOException;

/**
 * Decoder of BloscLZ, the default codec inside Blosc chunks (c-blosc's {@code blosclz.c}, a FastLZ level 2
 * derivative). A stream is a sequence of tokens, each starting with a control byte; the first control byte's top three
 * bits are a marker and are ignored.
 * <ul>
 * <li>control {@code c < 32}: a literal run, the next {@code c + 1} bytes are copied as they are;</li>
 * <li>control {@code c >= 32}: a match of {@code (c >> 5) + 2} bytes (when {@code c >> 5} is 7, the following bytes
 * are added to the length until one is not 255) at distance {@code ((c & 31) << 8) + d + 1} before the output
 * position, {@code d} being the next byte; when {@code c & 31} is 31 and {@code d} is 255, a far match follows instead:
 * a big-endian uint16 {@code f} and the distance {@code f + 8192}. Matches may overlap the bytes they produce.</li>
 * </ul>
 */
public final class BloscLz {

	/** The largest distance of a near match; far matches start above it. */
	private static final int MAX_DISTANCE = 8191;

	private BloscLz() {}

	/**
	 * Decodes one BloscLZ stream.
	 *
	 * @param in the compressed bytes, from {@code inOffset}, {@code inLength} of them
	 * @param out where the decoded bytes go, from {@code outOffset}, at most {@code outLength} of them
	 * @return the number of bytes decoded
	 * @throws IOException when the stream would write past {@code outLength} bytes, refers to bytes before the start
	 *             of its output, or ends inside a token
	 */
	public static int decode(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength) throws IOException {
		if (inLength == 0)
			return 0;
		int ip = inOffset, inEnd = inOffset + inLength, op = outOffset, outEnd = outOffset + outLength;
		int control = in[ip++] & 31;
		while (true) {
			if (control < 32) {
				int run = control + 1;
				check(ip + run <= inEnd, "a literal run of " + run + " bytes goes past the end of the stream");
				check(op + run <= outEnd, "decodes to more than " + outLength + " bytes");
				System.arraycopy(in, ip, out, op, run);
				ip += run;
				op += run;
			} else {
				int length = (control >>> 5) - 1;
				if (length == 6) {
					int add;
					do {
						check(ip < inEnd, "the stream ends inside a match length");
						add = in[ip++] & 0xff;
						length += add;
					} while (add == 255);
				}
				check(ip < inEnd, "the stream ends inside a match");
				int code = in[ip++] & 0xff;
				length += 3;
				int distance = ((control & 31) << 8) + code;
				if (code == 255 && (control & 31) == 31) {
					check(ip + 2 <= inEnd, "the stream ends inside a far match");
					distance = ((in[ip] & 0xff) << 8 | (in[ip + 1] & 0xff)) + MAX_DISTANCE;
					ip += 2;
				}
				int ref = op - distance - 1;
				check(ref >= outOffset, "a match refers to " + (outOffset - ref) + " bytes before the start of the output");
				check(op + length <= outEnd, "decodes to more than " + outLength + " bytes");
				for (int i = 0; i < length; i++) // byte by byte: a match may overlap what it writes
					out[op++] = out[ref++];
			}
			if (ip >= inEnd)
				return op - outOffset;
			control = in[ip++] & 0xff;
		}
	}

	private static void check(boolean holds, String problem) throws IOException {
		if (!holds)
			throw new IOException("blosclz stream is corrupt: " + problem);
	}
}
