package connectomej.io.tiff;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/** A plain TIFF LZW encoder (MSB first, early change), for test fixtures only. */
final class LzwFixtureEncoder {

	private LzwFixtureEncoder() {}

	static byte[] encode(byte[] data) {
		Bits out = new Bits();
		Map<String, Integer> table = new HashMap<>();
		int next = 258, width = 9;
		out.write(256, width);
		String w = "";
		for (byte b : data) {
			String wc = w + (char) (b & 0xff);
			if (wc.length() == 1 || table.containsKey(wc)) {
				w = wc;
				continue;
			}
			out.write(code(table, w), width);
			table.put(wc, next++);
			if (next == 4094) {
				out.write(256, width);
				table.clear();
				next = 258;
			}
			width = widthFor(next);
			w = String.valueOf((char) (b & 0xff));
		}
		if (!w.isEmpty())
			out.write(code(table, w), width);
		out.write(257, widthFor(w.isEmpty() ? next : next + 1));
		return out.bytes();
	}

	/** libtiff's rule: the width grows once the next free code exceeds the largest code of the current width. */
	private static int widthFor(int next) {
		return next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
	}

	private static int code(Map<String, Integer> table, String w) {
		return w.length() == 1 ? w.charAt(0) : table.get(w);
	}

	private static final class Bits {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		long buffer;
		int count;

		void write(int code, int width) {
			buffer = (buffer << width) | code;
			count += width;
			while (count >= 8) {
				bytes.write((int) (buffer >>> (count - 8)) & 0xff);
				count -= 8;
			}
		}

		byte[] bytes() {
			if (count > 0)
				bytes.write((int) (buffer << (8 - count)) & 0xff);
			return bytes.toByteArray();
		}
	}
}
