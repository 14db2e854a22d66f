package connectomej.io.n5;

/**
 * Undoes the two shuffle filters of Blosc on one block of {@code size} bytes holding {@code size / typesize} values of
 * {@code typesize} bytes (c-blosc's {@code shuffle-generic.h} and {@code bitshuffle-generic.c}, the bitshuffle scheme of
 * Masui et al., "A compression scheme for radio data in high performance computing", Astronomy and Computing 12, 2015).
 * Bytes past the last whole value are not shuffled and are copied as they are. Byte order is not touched: the values'
 * bytes come back in the order they had before shuffling.
 */
public final class Unshuffle {

	private Unshuffle() {}

	/**
	 * Undoes the byte shuffle: the shuffled block holds byte 0 of every value, then byte 1 of every value, and so on.
	 *
	 * @param typesize bytes per value, at least 1
	 * @param src the shuffled block, from {@code srcOffset}
	 * @param size the block's length in bytes
	 * @param dst where the values go, from {@code dstOffset}, {@code size} bytes
	 */
	public static void bytes(int typesize, byte[] src, int srcOffset, int size, byte[] dst, int dstOffset) {
		int n = size / typesize;
		for (int j = 0; j < typesize; j++)
			for (int i = 0; i < n; i++)
				dst[dstOffset + i * typesize + j] = src[srcOffset + j * n + i];
		copyRemainder(n * typesize, src, srcOffset, size, dst, dstOffset);
	}

	/**
	 * Undoes the bit shuffle: the shuffled block holds {@code 8 * typesize} bit planes of {@code n = size / typesize}
	 * bits each, plane {@code 8 * j + b} holding bit {@code b} (0 = least significant) of byte {@code j} of every value,
	 * value {@code i} at bit {@code i % 8} of the plane's byte {@code i / 8}. Blosc bit-shuffles only blocks whose
	 * {@code n} is a multiple of 8; other blocks are copied as they are.
	 *
	 * @param typesize bytes per value, at least 1
	 * @param src the shuffled block, from {@code srcOffset}
	 * @param size the block's length in bytes
	 * @param dst where the values go, from {@code dstOffset}, {@code size} bytes
	 */
	public static void bits(int typesize, byte[] src, int srcOffset, int size, byte[] dst, int dstOffset) {
		int n = size / typesize;
		if (n % 8 != 0) {
			System.arraycopy(src, srcOffset, dst, dstOffset, size);
			return;
		}
		java.util.Arrays.fill(dst, dstOffset, dstOffset + n * typesize, (byte) 0);
		for (int j = 0; j < typesize; j++)
			for (int b = 0; b < 8; b++)
				unshufflePlane(src, srcOffset + (8 * j + b) * (n / 8), n, dst, dstOffset + j, typesize, b);
		copyRemainder(n * typesize, src, srcOffset, size, dst, dstOffset);
	}

	/** Sets bit {@code bit} of every {@code stride}-th byte of {@code dst} from one plane of {@code n} bits. */
	private static void unshufflePlane(byte[] src, int plane, int n, byte[] dst, int first, int stride, int bit) {
		for (int i = 0; i < n; i++)
			if ((src[plane + (i >>> 3)] >>> (i & 7) & 1) != 0)
				dst[first + i * stride] |= (byte) (1 << bit);
	}

	private static void copyRemainder(int from, byte[] src, int srcOffset, int size, byte[] dst, int dstOffset) {
		System.arraycopy(src, srcOffset + from, dst, dstOffset + from, size - from);
	}
}
