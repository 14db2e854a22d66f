package connectomej.io.zarr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.compressors.lzma.LZMACompressorInputStream;

import com.github.luben.zstd.ZstdInputStream;

import connectomej.io.n5.N5Compression;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * The {@code compressor} of a Zarr v2 array: {@code null} or a numcodecs codec configuration with an {@code "id"}. Read
 * (as numcodecs 0.11 writes them): "blosc" (one Blosc1 chunk), "zlib" (zlib framing, RFC 1950), "gzip" (RFC 1952),
 * "bz2" (a bzip2 stream), "lzma" (an .xz stream, numcodecs' default format 1, or format 2, the legacy .lzma "alone"
 * format), "zstd" (a zstd frame), "lz4" (numcodecs' LZ4: the decoded size as a 4-byte little-endian integer, then one
 * raw LZ4 block). Blosc, zlib, gzip, bz2 and xz decode through {@link N5Compression}, which reads the same streams
 * for N5.
 *
 * @param id the numcodecs id, or "none" for no compressor
 * @param label for messages and descriptions, e.g. {@code "blosc (lz4)"}
 * @param lzmaFormat numcodecs' LZMA format (1 .xz, 2 .lzma), 0 for other codecs
 */
record ZarrCompressor(String id, String label, int lzmaFormat) {

	/** The ids read. */
	static final List<String> READ = List.of("blosc", "zlib", "gzip", "bz2", "lzma", "zstd", "lz4");
	/** No compressor: chunks are the values as they are. */
	static final ZarrCompressor NONE = new ZarrCompressor("none", "uncompressed", 0);

	private static final LZ4SafeDecompressor LZ4_DECODER = LZ4Factory.fastestInstance().safeDecompressor();
	private static final int XZ = 1, ALONE = 2;

	/**
	 * The compressor of a {@code .zarray}'s {@code "compressor"} value.
	 *
	 * @throws IllegalArgumentException naming the id (and the ids read) when it is not read
	 */
	static ZarrCompressor fromJson(Object json) {
		if (json == null)
			return NONE;
		if (!(json instanceof Map<?, ?> m) || !(m.get("id") instanceof String id))
			throw new IllegalArgumentException("compressor must be null or an object with an \"id\"");
		if (!READ.contains(id))
			throw new IllegalArgumentException("compressor '" + id + "' is not read (" + String.join(", ", READ) + " and none are)");
		if (id.equals("lzma"))
			return lzma(m.get("format"));
		return new ZarrCompressor(id, id.equals("blosc") && m.get("cname") instanceof String c ? "blosc (" + c + ")" : id, 0);
	}

	private static ZarrCompressor lzma(Object format) {
		int f = format instanceof Number n ? n.intValue() : XZ;
		if (f == 0)
			f = XZ; // FORMAT_AUTO: what numcodecs compresses to is .xz
		if (f != XZ && f != ALONE)
			throw new IllegalArgumentException("lzma format " + format + " is not read (1, .xz, and 2, .lzma, are)");
		return new ZarrCompressor("lzma", f == XZ ? "lzma (xz)" : "lzma (alone)", f);
	}

	/**
	 * Decodes one stored chunk.
	 *
	 * @param expected the decoded size of a whole chunk in bytes
	 * @return the decoded bytes: at most {@code expected + 1} of them (the caller refuses any other length than
	 *         {@code expected})
	 * @throws IOException when the bytes are not of this compressor or are corrupt
	 */
	byte[] decode(byte[] stored, int expected) throws IOException {
		return switch (id) {
			case "none" -> stored;
			case "lz4" -> lz4(stored, expected);
			default -> {
				try (InputStream in = stream(stored, expected)) {
					yield in.readNBytes(expected + 1);
				}
			}
		};
	}

	private InputStream stream(byte[] stored, int expected) throws IOException {
		return switch (id) {
			case "zstd" -> new ZstdInputStream(new ByteArrayInputStream(stored));
			case "lzma" -> lzmaFormat == ALONE ? new LZMACompressorInputStream(new ByteArrayInputStream(stored))
					: N5Compression.xz(6).decode(stored, 0, expected);
			default -> n5Equivalent().decode(stored, 0, expected);
		};
	}

	/** The N5 compression whose streams are this compressor's. */
	private N5Compression n5Equivalent() {
		return switch (id) {
			case "blosc" -> N5Compression.blosc();
			case "gzip" -> N5Compression.gzip(-1);
			case "bz2" -> N5Compression.bzip2(9);
			default -> new N5Compression("gzip", -1, true, 0); // zlib framing
		};
	}

	private static byte[] lz4(byte[] stored, int expected) throws IOException {
		if (stored.length < 4)
			throw new IOException("lz4 chunk of " + stored.length + " bytes has no size header");
		int size = (stored[0] & 0xff) | (stored[1] & 0xff) << 8 | (stored[2] & 0xff) << 16 | stored[3] << 24;
		if (size < 0 || size > expected)
			throw new IOException("lz4 header says " + Integer.toUnsignedString(size) + " decoded bytes, a chunk has " + expected);
		byte[] out = new byte[size];
		int n = LZ4_DECODER.decompress(stored, 4, stored.length - 4, out, 0, size);
		return n == size ? out : java.util.Arrays.copyOf(out, n);
	}
}
