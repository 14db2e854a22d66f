package connectomej.io.n5;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

import net.jpountz.lz4.LZ4BlockInputStream;
import net.jpountz.lz4.LZ4BlockOutputStream;

/**
 * The block compression of an N5 dataset ({@code "compression"} attribute): {@code {"type":"raw"}},
 * {@code {"type":"gzip","level":L}}, {@code {"type":"bzip2","blockSize":B}}, {@code {"type":"lz4","blockSize":B}},
 * {@code {"type":"xz","preset":P}} or {@code {"type":"blosc","cname":C,"clevel":L,"shuffle":S,"blocksize":B,
 * "nthreads":T}}. As in the N5 README's example bytes and the Java reference's {@code GzipCompression}, "gzip" means
 * gzip framing (RFC 1952, bytes {@code 1f 8b}); with {@code "useZlib":true} it means zlib framing (RFC 1950) instead.
 * "bzip2" is a bzip2 stream, "lz4" the block framing of lz4-java's {@code LZ4BlockOutputStream}, "xz" an .xz stream
 * (LZMA2, commons-compress's {@code XZCompressorOutputStream}), as the reference's {@code Bzip2Compression},
 * {@code Lz4Compression} and {@code XzCompression} write them (BigDataViewer's and Fiji's N5 exports offer the first
 * two). "blosc" is one Blosc1 chunk ({@link BloscChunk}) as saalfeldlab's n5-blosc writes it; all its parameters are
 * also in each chunk's header, so none is kept. The first five are read and written; blosc is read only (writing it
 * is refused); other types are refused with the list of these.
 *
 * @param type "raw", "gzip", "bzip2", "lz4", "xz" or "blosc"
 * @param level deflate level -1 (default) or 0..9 for gzip; preset 0..9 for xz; -1 for the others
 * @param useZlib zlib instead of gzip framing; only for gzip
 * @param blockSize bzip2's block size in 100 kB (1..9) or lz4's block size in bytes; only for those
 */
public record N5Compression(String type, int level, boolean useZlib, int blockSize) {

	/** The types read (declared before {@link #RAW}, whose construction checks them); all but blosc are written. */
	private static final List<String> TYPES = List.of("raw", "gzip", "bzip2", "lz4", "xz", "blosc");
	/** The xz preset of the Java reference's {@code XzCompression}. */
	private static final int DEFAULT_XZ_PRESET = 6;
	/** No compression. */
	public static final N5Compression RAW = new N5Compression("raw", -1, false, 0);

	public N5Compression {
		if (!TYPES.contains(type))
			throw new IllegalArgumentException("N5 compression '" + type + "' is not supported (" + String.join(", ", TYPES) + " are)");
		boolean xz = type.equals("xz");
		if (level < (xz ? 0 : -1) || level > 9)
			throw new IllegalArgumentException((xz ? "xz preset must be 0..9" : "gzip level must be -1..9") + ", got " + level);
		if (type.equals("bzip2") && (blockSize < 1 || blockSize > 9))
			throw new IllegalArgumentException("bzip2 blockSize must be 1..9, got " + blockSize);
		if (type.equals("lz4") && blockSize < 1)
			throw new IllegalArgumentException("lz4 blockSize must be positive, got " + blockSize);
	}

	/** Gzip framing at a deflate level -1 (default) or 0..9. */
	public static N5Compression gzip(int level) {
		return new N5Compression("gzip", level, false, 0);
	}

	/** Bzip2 with blocks of {@code blockSize} x 100 kB (1..9; the reference's default is 9). */
	public static N5Compression bzip2(int blockSize) {
		return new N5Compression("bzip2", -1, false, blockSize);
	}

	/** LZ4 in blocks of {@code blockSize} bytes (the reference's default is 65536). */
	public static N5Compression lz4(int blockSize) {
		return new N5Compression("lz4", -1, false, blockSize);
	}

	/** Xz (LZMA2) at a preset 0..9 (the reference's default is 6). */
	public static N5Compression xz(int preset) {
		return new N5Compression("xz", preset, false, 0);
	}

	/** Blosc, read only: its parameters are in every chunk's header. */
	public static N5Compression blosc() {
		return new N5Compression("blosc", -1, false, 0);
	}

	/** Whether blocks can be written with this compression (all but blosc). */
	public boolean isWritable() {
		return !type.equals("blosc");
	}

	/**
	 * The attribute value, e.g. {@code {"type":"gzip","level":6,"useZlib":false}}.
	 *
	 * @throws UnsupportedOperationException for blosc, which is read only (so no dataset is made that cannot be written)
	 */
	public Map<String, Object> toJson() {
		requireWritable();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", type);
		if (type.equals("gzip")) {
			m.put("level", (long) level);
			m.put("useZlib", useZlib);
		}
		if (type.equals("bzip2") || type.equals("lz4"))
			m.put("blockSize", (long) blockSize);
		if (type.equals("xz"))
			m.put("preset", (long) level);
		return m;
	}

	/**
	 * The compression an attribute value describes.
	 *
	 * @throws IllegalArgumentException when it is not a supported one
	 */
	public static N5Compression fromJson(Object json) {
		if (!(json instanceof Map<?, ?> m) || !(m.get("type") instanceof String type))
			throw new IllegalArgumentException("compression must be an object with a \"type\"");
		if (type.equals("blosc"))
			return blosc();
		if (type.equals("xz"))
			return xz(m.get("preset") instanceof Number n ? n.intValue() : DEFAULT_XZ_PRESET);
		int level = m.get("level") instanceof Number n ? n.intValue() : -1;
		int defaultBlock = type.equals("bzip2") ? 9 : type.equals("lz4") ? 1 << 16 : 0;
		int blockSize = m.get("blockSize") instanceof Number n ? n.intValue() : defaultBlock;
		return new N5Compression(type, level, Boolean.TRUE.equals(m.get("useZlib")), blockSize);
	}

	/**
	 * Compressed bytes.
	 *
	 * @throws UnsupportedOperationException for blosc, which is read only
	 */
	public byte[] encode(byte[] data) throws IOException {
		requireWritable();
		if (type.equals("raw"))
			return data;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 2 + 64);
		try (OutputStream out = compressing(bytes)) {
			out.write(data);
		}
		return bytes.toByteArray();
	}

	/**
	 * A stream of the decompressed bytes of {@code compressed} from {@code offset} to its end.
	 *
	 * @param expectedBytes the decoded bytes the caller needs; blosc refuses a chunk that says it holds more
	 * @throws IOException when the data is not of this compression or corrupt (blosc's chunk header is checked here,
	 *             the other streams as they are read)
	 */
	public InputStream decode(byte[] compressed, int offset, int expectedBytes) throws IOException {
		InputStream in = new ByteArrayInputStream(compressed, offset, compressed.length - offset);
		return switch (type) {
			case "raw" -> in;
			case "bzip2" -> new BZip2CompressorInputStream(in);
			case "lz4" -> new LZ4BlockInputStream(in);
			case "xz" -> new XZCompressorInputStream(in);
			case "blosc" -> new ByteArrayInputStream(BloscChunk.decode(compressed, offset, compressed.length - offset, expectedBytes));
			default -> useZlib ? new InflaterInputStream(in) : new GZIPInputStream(in);
		};
	}

	private OutputStream compressing(OutputStream bytes) throws IOException {
		return switch (type) {
			case "bzip2" -> new BZip2CompressorOutputStream(bytes, blockSize);
			case "lz4" -> new LZ4BlockOutputStream(bytes, blockSize);
			case "xz" -> new XZCompressorOutputStream(bytes, level);
			default -> useZlib ? new DeflaterOutputStream(bytes, new Deflater(level)) : new LeveledGzip(bytes, level);
		};
	}

	private void requireWritable() {
		if (!isWritable())
			throw new UnsupportedOperationException("N5 compression '" + type + "' is read only; write with one of "
					+ String.join(", ", TYPES.stream().filter(t -> !t.equals(type)).toList()));
	}

	/** Gzip output at a chosen deflate level (the JDK's stream has no level argument). */
	private static final class LeveledGzip extends GZIPOutputStream {

		LeveledGzip(OutputStream out, int level) throws IOException {
			super(out);
			def.setLevel(level);
		}
	}
}
