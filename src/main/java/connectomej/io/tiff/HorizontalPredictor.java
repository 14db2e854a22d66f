package connectomej.io.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Undoes TIFF predictor 2 (horizontal differencing, TIFF 6.0 section 14) on the decoded bytes of a segment. */
final class HorizontalPredictor {

	private HorizontalPredictor() {}

	/**
	 * Replaces differences by values, row by row, in place.
	 *
	 * @param data decoded segment bytes, rows of {@code rowLength} samples
	 * @param rowLength samples per row
	 * @param rows rows in the segment
	 * @param bytesPerSample 1, 2 or 4
	 * @param order byte order of the samples
	 */
	static void undo(byte[] data, int rowLength, int rows, int bytesPerSample, ByteOrder order) {
		ByteBuffer b = ByteBuffer.wrap(data).order(order);
		for (int r = 0; r < rows; r++) {
			int row = r * rowLength * bytesPerSample;
			for (int i = 1; i < rowLength; i++) {
				int at = row + i * bytesPerSample, before = at - bytesPerSample;
				switch (bytesPerSample) {
					case 1 -> data[at] += data[before];
					case 2 -> b.putShort(at, (short) (b.getShort(at) + b.getShort(before)));
					default -> b.putInt(at, b.getInt(at) + b.getInt(before));
				}
			}
		}
	}
}
