package connectomej.io.n5;

import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.xerial.snappy.Snappy;

import com.github.luben.zstd.Zstd;

import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * The codecs inside a Blosc1 chunk, by the number in the top three bits of its flags byte: 0 blosclz ({@link BloscLz}),
 * 1 lz4 and lz4hc (one format: raw LZ4 blocks, lz4-java), 2 snappy (raw snappy, snappy-java), 3 zlib (RFC 1950 framing,
 * the JDK's {@link Inflater}), 4 zstd (zstd frames, zstd-jni). Snappy and zstd decode through native libraries that
 * their jars bundle.
 */
enum BloscCodec {

	BLOSCLZ("blosclz"), LZ4("lz4"), SNAPPY("snappy"), ZLIB("zlib"), ZSTD("zstd");

	/** For messages: what is read. */
	static final String READ = "blosclz, lz4, lz4hc, snappy, zlib and zstd";

	private static final LZ4SafeDecompressor LZ4_DECODER = LZ4Factory.fastestInstance().safeDecompressor();

	private final String label;

	BloscCodec(String label) {
		this.label = label;
	}

	/**
	 * The codec of a chunk's flags byte.
	 *
	 * @throws IOException when the number is not one of the five
	 */
	static BloscCodec of(int flags) throws IOException {
		int code = (flags >>> 5) & 7;
		if (code >= values().length)
			throw new IOException("blosc chunk uses codec number " + code + ", not one of Blosc1's (" + READ + " are read)");
		return values()[code];
	}

	/**
	 * Decodes one split stream.
	 *
	 * @return the number of bytes decoded into {@code out} from {@code outOffset}, at most {@code outLength}
	 * @throws IOException naming the codec when the stream is corrupt
	 */
	int decode(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength) throws IOException {
		try {
			return switch (this) {
				case BLOSCLZ -> BloscLz.decode(in, inOffset, inLength, out, outOffset, outLength);
				case LZ4 -> LZ4_DECODER.decompress(in, inOffset, inLength, out, outOffset, outLength);
				case SNAPPY -> snappy(in, inOffset, inLength, out, outOffset, outLength);
				case ZLIB -> zlib(in, inOffset, inLength, out, outOffset, outLength);
				case ZSTD -> zstd(in, inOffset, inLength, out, outOffset, outLength);
			};
		} catch (IOException | DataFormatException | RuntimeException e) {
			throw new IOException("blosc chunk's " + label + " stream is corrupt: " + e.getMessage(), e);
		}
	}

	private static int snappy(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength) throws IOException {
		int length = Snappy.uncompressedLength(in, inOffset, inLength);
		if (length < 0 || length > outLength)
			throw new IOException("it holds " + length + " bytes, at most " + outLength + " expected");
		return Snappy.uncompress(in, inOffset, inLength, out, outOffset);
	}

	private static int zlib(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength) throws DataFormatException {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(in, inOffset, inLength);
			int n = inflater.inflate(out, outOffset, outLength);
			if (!inflater.finished())
				throw new DataFormatException("it does not end after " + n + " bytes");
			return n;
		} finally {
			inflater.end();
		}
	}

	private static int zstd(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength) throws IOException {
		long n = Zstd.decompressByteArray(out, outOffset, outLength, in, inOffset, inLength);
		if (Zstd.isError(n))
			throw new IOException(Zstd.getErrorName(n));
		return (int) n;
	}
}
