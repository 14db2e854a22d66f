package connectomej.io.tiff;

import static connectomej.io.tiff.TiffTags.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages of a TIFF file and the metadata of its first page, parsed from the chain of image file directories
 * without decoding pixels.
 *
 * @param pages every image page (reduced-resolution and thumbnail pages are skipped)
 * @param description the ImageDescription of the first page, or null
 * @param xResolution pixels per resolution unit along x (NaN when absent)
 * @param yResolution pixels per resolution unit along y (NaN when absent)
 * @param resolutionUnit 1 none, 2 inch, 3 centimetre
 */
record TiffDirectory(List<TiffPage> pages, String description, double xResolution, double yResolution,
		int resolutionUnit) {

	/** Reads all directories of a TIFF file. */
	static TiffDirectory read(TiffInput in) throws IOException {
		List<TiffPage> pages = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		IfdEntries first = null;
		for (long offset = in.firstDirectory(); offset != 0; ) {
			if (!seen.add(offset))
				throw in.bad("malformed TIFF: the directories form a loop at byte " + offset);
			IfdEntries ifd = new IfdEntries(in, offset, "page " + pages.size());
			if (first == null)
				first = ifd;
			if ((ifd.longValue(NEW_SUBFILE_TYPE, 0) & 1) == 0)
				pages.add(page(in, ifd, pages.size()));
			offset = ifd.next();
		}
		if (first == null || pages.isEmpty())
			throw in.bad("malformed TIFF: no image page");
		String description = first.ascii(IMAGE_DESCRIPTION);
		TiffDirectory dir = new TiffDirectory(pages, description, first.rational(X_RESOLUTION),
				first.rational(Y_RESOLUTION), (int) first.longValue(RESOLUTION_UNIT, 1));
		return dir.withImageJContiguousPages(in);
	}

	private static TiffPage page(TiffInput in, IfdEntries ifd, int index) {
		String what = "page " + index;
		int width = (int) required(in, ifd, IMAGE_WIDTH, what);
		int height = (int) required(in, ifd, IMAGE_LENGTH, what);
		boolean tiled = ifd.has(TILE_OFFSETS);
		long[] offsets = ifd.longs(tiled ? TILE_OFFSETS : STRIP_OFFSETS);
		if (offsets == null)
			throw in.bad("malformed TIFF: " + what + " has neither strip nor tile offsets");
		int segmentWidth = tiled ? (int) required(in, ifd, TILE_WIDTH, what) : width;
		int segmentHeight = tiled ? (int) required(in, ifd, TILE_LENGTH, what)
				: (int) Math.min(height, ifd.longValue(ROWS_PER_STRIP, height));
		long[] bits = ifd.longs(BITS_PER_SAMPLE);
		TiffPage page = new TiffPage(index, width, height, bits == null ? 1 : (int) bits[0],
				(int) ifd.longValue(SAMPLE_FORMAT, 1), (int) ifd.longValue(SAMPLES_PER_PIXEL, 1),
				(int) ifd.longValue(COMPRESSION, 1), (int) ifd.longValue(PREDICTOR, 1), segmentWidth,
				Math.max(1, segmentHeight), tiled, offsets, byteCounts(ifd, tiled, offsets.length));
		return TiffPageCheck.checked(in, page);
	}

	private static long[] byteCounts(IfdEntries ifd, boolean tiled, int segments) {
		long[] counts = ifd.longs(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS);
		return counts != null ? counts : new long[segments];
	}

	private static long required(TiffInput in, IfdEntries ifd, int tag, String what) {
		long v = ifd.longValue(tag, -1);
		if (v <= 0)
			throw in.bad("malformed TIFF: " + what + " lacks tag " + tag + " or it is 0");
		return v;
	}

	/** ImageJ writes stacks over 4 GB with one directory; their pages follow each other without gaps. */
	private TiffDirectory withImageJContiguousPages(TiffInput in) {
		ImageJDescription ij = ImageJDescription.parse(description);
		TiffPage p = pages.get(0);
		if (pages.size() != 1 || ij.images() <= 1 || p.compression() != 1 || p.offsets().length != 1)
			return this;
		List<TiffPage> all = new ArrayList<>();
		for (int i = 0; i < ij.images(); i++)
			all.add(p.movedBy(i, i * p.planeBytes()));
		return new TiffDirectory(all, description, xResolution, yResolution, resolutionUnit);
	}
}
