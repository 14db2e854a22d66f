package connectomej.io.n5;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The block compression of an N5 dataset ({@code "compression"} attribute): {@code {"type":"raw"}} or
 * {@code {"type":"gzip","level":L}}. As in the N5 README's example bytes and the Java reference's
 * {@code GzipCompression}, "gzip" means gzip framing (RFC 1952, bytes {@code 1f 8b}); with
 * {@code "useZlib":true} it means zlib framing (RFC 1950) instead. Both are read and written.
 *
 * @param type "raw" or "gzip"
 * @param level deflate level -1 (default) or 0..9; ignored for raw
 * @param useZlib zlib instead of gzip framing; ignored for raw
 */
public record N5Compression(String type, int level, boolean useZlib) {

	/** No compression. */
	public static final N5Compression RAW = new N5Compression("raw", -1, false);

	public N5Compression {
		if (!type.equals("raw") && !type.equals("gzip"))
			throw new IllegalArgumentException("N5 compression '" + type + "' is not supported (raw and gzip are)");
		if (level < -1 || level > 9)
			throw new IllegalArgumentException("gzip level must be -1..9, got " + level);
	}

	/** Gzip framing at a deflate level -1 (default) or 0..9. */
	public static N5Compression gzip(int level) {
		return new N5Compression("gzip", level, false);
	}

	/** The attribute value, e.g. {@code {"type":"gzip","level":6,"useZlib":false}}. */
	public Map<String, Object> toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("type", type);
		if (type.equals("gzip")) {
			m.put("level", (long) level);
			m.put("useZlib", useZlib);
		}
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
		int level = m.get("level") instanceof Number n ? n.intValue() : -1;
		return new N5Compression(type, level, Boolean.TRUE.equals(m.get("useZlib")));
	}

	/** Compressed bytes. */
	public byte[] encode(byte[] data) throws IOException {
		if (type.equals("raw"))
			return data;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 2 + 64);
		try (OutputStream out = useZlib ? new DeflaterOutputStream(bytes, new Deflater(level)) : new LeveledGzip(bytes, level)) {
			out.write(data);
		}
		return bytes.toByteArray();
	}

	/** A stream of the decompressed bytes of {@code in}. */
	public InputStream decode(byte[] compressed, int offset) throws IOException {
		InputStream in = new ByteArrayInputStream(compressed, offset, compressed.length - offset);
		if (type.equals("raw"))
			return in;
		return useZlib ? new InflaterInputStream(in) : new GZIPInputStream(in);
	}

	/** Gzip output at a chosen deflate level (the JDK's stream has no level argument). */
	private static final class LeveledGzip extends GZIPOutputStream {

		LeveledGzip(OutputStream out, int level) throws IOException {
			super(out);
			def.setLevel(level);
		}
	}
}
