package connectomej.io.tiff;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Builds small TIFF files for tests in any byte order, layout, compression and predictor, independently of the
 * codec's own writer. Samples are given as doubles per page, x fastest.
 */
final class TiffFixture {

	ByteOrder order = ByteOrder.LITTLE_ENDIAN;
	int width = 13, height = 11, bits = 8, sampleFormat = 1, compression = 1, predictor = 1;
	int tileWidth = 0, tileHeight = 0, rowsPerStrip = 4;
	String description = null;

	byte[] build(double[][] pages) {
		ByteBuffer file = ByteBuffer.allocate(1 << 22).order(order);
		file.put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M')).put(file.get(0)).putShort((short) 42).putInt(0);
		List<long[][]> segments = new ArrayList<>();
		for (double[] page : pages)
			segments.add(writeSegments(file, page));
		int previousNext = 4;
		for (long[][] s : segments) {
			int at = (file.position() + 1) & ~1;
			file.putInt(previousNext, at).position(at);
			previousNext = writeDirectory(file, s);
		}
		return java.util.Arrays.copyOf(file.array(), file.position());
	}

	private boolean tiled() {
		return tileWidth > 0;
	}

	private long[][] writeSegments(ByteBuffer file, double[] page) {
		int sw = tiled() ? tileWidth : width, sh = tiled() ? tileHeight : rowsPerStrip;
		int across = (width + sw - 1) / sw, down = (height + sh - 1) / sh;
		long[][] oc = new long[2][across * down];
		for (int sy = 0; sy < down; sy++)
			for (int sx = 0; sx < across; sx++) {
				int rows = tiled() ? sh : Math.min(sh, height - sy * sh);
				byte[] stored = compress(predict(samples(page, sx * sw, sy * sh, sw, rows), sw, rows));
				oc[0][sy * across + sx] = file.position();
				oc[1][sy * across + sx] = stored.length;
				file.put(stored);
			}
		return oc;
	}

	private byte[] samples(double[] page, int x0, int y0, int w, int h) {
		int bps = bits / 8;
		ByteBuffer b = ByteBuffer.allocate(w * h * bps).order(order);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double v = x0 + x < width && y0 + y < height ? page[(y0 + y) * width + x0 + x] : 0;
				if (bps == 1)
					b.put((byte) v);
				else if (bps == 2)
					b.putShort((short) v);
				else if (sampleFormat == 3)
					b.putFloat((float) v);
				else
					b.putInt((int) (long) v);
			}
		return b.array();
	}

	private byte[] predict(byte[] data, int w, int h) {
		if (predictor != 2)
			return data;
		int bps = bits / 8;
		ByteBuffer in = ByteBuffer.wrap(data.clone()).order(order), out = ByteBuffer.wrap(data.clone()).order(order);
		for (int y = 0; y < h; y++)
			for (int x = 1; x < w; x++) {
				int at = (y * w + x) * bps, before = at - bps;
				if (bps == 1)
					out.put(at, (byte) (in.get(at) - in.get(before)));
				else if (bps == 2)
					out.putShort(at, (short) (in.getShort(at) - in.getShort(before)));
				else
					out.putInt(at, in.getInt(at) - in.getInt(before));
			}
		return out.array();
	}

	private byte[] compress(byte[] data) {
		return switch (compression) {
			case 5 -> LzwFixtureEncoder.encode(data);
			case 8, 32946 -> deflate(data);
			case 32773 -> packBits(data);
			default -> data;
		};
	}

	private static byte[] deflate(byte[] data) {
		Deflater d = new Deflater();
		d.setInput(data);
		d.finish();
		byte[] buf = new byte[data.length * 2 + 64];
		int n = d.deflate(buf);
		d.end();
		return java.util.Arrays.copyOf(buf, n);
	}

	/** PackBits with runs of 3 or more equal bytes coded as repeats, the rest as literals. */
	static byte[] packBits(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int i = 0;
		while (i < data.length) {
			int run = 1;
			while (i + run < data.length && run < 128 && data[i + run] == data[i])
				run++;
			if (run >= 3) {
				out.write(1 - run);
				out.write(data[i]);
				i += run;
			} else {
				int start = i;
				while (i < data.length && i - start < 128
						&& !(i + 2 < data.length && data[i] == data[i + 1] && data[i] == data[i + 2]))
					i++;
				out.write(i - start - 1);
				out.write(data, start, i - start);
			}
		}
		return out.toByteArray();
	}

	private int writeDirectory(ByteBuffer file, long[][] segments) {
		List<int[]> small = new ArrayList<>();
		small.add(new int[] { 256, 4, width });
		small.add(new int[] { 257, 4, height });
		small.add(new int[] { 258, 3, bits });
		small.add(new int[] { 259, 3, compression });
		small.add(new int[] { 262, 3, 1 });
		int n = small.size() + 6 + (predictor != 1 ? 1 : 0) + (description != null ? 1 : 0);
		int start = file.position(), extra = start + 2 + 12 * n + 4;
		file.putShort((short) n);
		for (int[] e : small)
			entry(file, e[0], e[1], 1, e[2]);
		if (description != null) {
			byte[] text = (description + "\0").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
			entry(file, 270, 2, text.length, extra);
			file.put(extra, text);
			extra += text.length + 1;
		}
		entry(file, 277, 3, 1, 1);
		extra = array(file, tiled() ? 324 : 273, segments[0], extra);
		extra = array(file, tiled() ? 325 : 279, segments[1], extra);
		if (tiled()) {
			entry(file, 322, 3, 1, tileWidth);
			entry(file, 323, 3, 1, tileHeight);
		} else {
			entry(file, 278, 3, 1, rowsPerStrip);
			entry(file, 284, 3, 1, 1);
		}
		if (predictor != 1)
			entry(file, 317, 3, 1, predictor);
		entry(file, 339, 3, 1, sampleFormat);
		int next = file.position();
		file.putInt(0).position(extra);
		return next;
	}

	private static int array(ByteBuffer file, int tag, long[] values, int extra) {
		if (values.length == 1) {
			entry(file, tag, 4, 1, (int) values[0]);
			return extra;
		}
		entry(file, tag, 4, values.length, extra);
		for (int i = 0; i < values.length; i++)
			file.putInt(extra + 4 * i, (int) values[i]);
		return extra + 4 * values.length;
	}

	private static void entry(ByteBuffer file, int tag, int type, int count, int value) {
		file.putShort((short) tag).putShort((short) type).putInt(count);
		if (type == 3 && count == 1)
			file.putShort((short) value).putShort((short) 0);
		else
			file.putInt(value);
	}
}
