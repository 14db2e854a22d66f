package connectomej.io.bdv;

import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/** Writes a 16-bit volume as a chunked, deflated, signed int16 HDF5 dataset [z][y][x] (see {@link SixteenBitValues}). */
final class ShortDatasets {

	private static final int DEFLATE_LEVEL = 4;

	private ShortDatasets() {}

	/**
	 * @param image axes x, y, z; its short bits are stored unchanged
	 * @param block chunk size x, y, z
	 */
	static void put(WritableGroup group, String name, ArrayImg<UnsignedShortType, ShortArray> image, int[] block) {
		DatasetCreationOptions options = DatasetCreationOptions.builder().chunkDimensions(block[2], block[1], block[0])
				.deflate(DEFLATE_LEVEL).build();
		group.putDataset(name, nested(image), options);
	}

	private static short[][][] nested(ArrayImg<UnsignedShortType, ShortArray> image) {
		short[] flat = image.update(null).getCurrentStorageArray();
		int w = (int) image.dimension(0), h = (int) image.dimension(1), d = (int) image.dimension(2);
		short[][][] zyx = new short[d][h][w];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				System.arraycopy(flat, (z * h + y) * w, zyx[z][y], 0, w);
		return zyx;
	}
}
