package connectomej.io.bdv;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * The in-memory pyramid of the HDF5 flavour: level 0 is the source in 16 bits ({@link SixteenBitValues}), each
 * further level the mean (labels: the most frequent value) of the level below, as in the N5 flavour.
 */
final class ShortPyramid {

	private ShortPyramid() {}

	/**
	 * @param factors cumulative factors per level, x, y, z, first {1, 1, 1}
	 * @return one image per level, axes x, y, z, min at the origin
	 */
	static List<ArrayImg<UnsignedShortType, ShortArray>> of(BdvSource source, long[][] factors) {
		long[] dims = source.data().dimensionsAsLongArray();
		if (Intervals.numElements(dims) > Integer.MAX_VALUE - 16)
			throw new IllegalArgumentException(source.name() + " is too large for the HDF5 flavour (over 2^31 voxels): use n5");
		List<ArrayImg<UnsignedShortType, ShortArray>> levels = new ArrayList<>();
		ArrayImg<UnsignedShortType, ShortArray> full = ArrayImgs.unsignedShorts(dims);
		SixteenBitValues.convert(Views.zeroMin(source.data()), source.labels(), full);
		levels.add(full);
		for (int level = 1; level < factors.length; level++) {
			long[] relative = new long[3];
			for (int d = 0; d < 3; d++)
				relative[d] = factors[level][d] / factors[level - 1][d];
			ArrayImg<UnsignedShortType, ShortArray> next = ArrayImgs.unsignedShorts(MipmapFactors.levelDimensions(dims, factors[level]));
			if (source.labels())
				Downsampling.mode(levels.get(level - 1), relative, next);
			else
				Downsampling.mean(levels.get(level - 1), relative, next);
			levels.add(next);
		}
		return levels;
	}
}
