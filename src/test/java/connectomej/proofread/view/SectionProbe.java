package connectomej.proofread.view;

import java.util.HashMap;
import java.util.Map;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;

/** Finds click targets in a label section for the scripted viewer scenario. */
final class SectionProbe {

	private SectionProbe() {}

	/** Two pixels of two different segments that touch, each with a 2-pixel margin inside its segment. */
	static int[][] touchingPair(long[] labels, int w, int h) {
		for (int y = 8; y < h - 8; y++)
			for (int x = 8; x < w - 12; x++) {
				long a = labels[x + y * w];
				for (int gap = 1; gap <= 8; gap++) {
					long b = labels[x + gap + y * w];
					if (a != 0 && b != 0 && a != b && inside(labels, w, x, y, 2) && inside(labels, w, x + gap, y, 2))
						return new int[][] { { x, y }, { x + gap, y } };
				}
			}
		throw new IllegalStateException("no touching segments");
	}

	/** The leftmost and rightmost pixels (with a 2-pixel margin) of the segment with most pixels in the section. */
	static int[][] farApartInLargest(long[] labels, int w, int h) {
		Map<Long, Integer> area = new HashMap<>();
		for (long l : labels)
			if (l != 0)
				area.merge(l, 1, Integer::sum);
		long largest = area.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		int[] left = null, right = null;
		for (int y = 2; y < h - 2; y++)
			for (int x = 2; x < w - 2; x++)
				if (labels[x + y * w] == largest && inside(labels, w, x, y, 2)) {
					if (left == null || x < left[0])
						left = new int[] { x, y };
					if (right == null || x > right[0])
						right = new int[] { x, y };
				}
		return new int[][] { left, right };
	}

	/** The segment colour the overlay shows at a pixel (RGB), or -1 without a segment layer. */
	static int colourAt(Overlay overlay, int[] xy) {
		if (overlay != null)
			for (Roi r : overlay)
				if (r instanceof ImageRoi colours)
					return colours.getProcessor().get(xy[0], xy[1]) & 0xffffff;
		return -1;
	}

	private static boolean inside(long[] labels, int w, int x, int y, int margin) {
		long id = labels[x + y * w];
		for (int dy = -margin; dy <= margin; dy++)
			for (int dx = -margin; dx <= margin; dx++)
				if (labels[x + dx + (y + dy) * w] != id)
					return false;
		return true;
	}
}
