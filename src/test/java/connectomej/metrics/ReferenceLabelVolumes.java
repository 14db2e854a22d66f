package connectomej.metrics;

import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import io.jhdf.HdfFile;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/** Test-only readers of label volumes into x, y, z {@code UnsignedLongType} images (the io package is separate). */
final class ReferenceLabelVolumes {

	private ReferenceLabelVolumes() {}

	/** A TIFF stack of 8- or 16-bit labels, read by ImageJ. */
	static ArrayImg<UnsignedLongType, LongArray> tiff(Path file) {
		ImagePlus imp = IJ.openImage(file.toString());
		if (imp == null)
			throw new IllegalStateException("ImageJ could not open " + file);
		ImageStack stack = imp.getStack();
		int w = imp.getWidth(), h = imp.getHeight(), d = stack.getSize();
		long[] data = new long[w * h * d];
		for (int z = 0; z < d; z++) {
			var ip = stack.getProcessor(z + 1);
			for (int i = 0; i < w * h; i++)
				data[z * w * h + i] = ip.get(i);
		}
		return ArrayImgs.unsignedLongs(data, w, h, d);
	}

	/** An unsigned 32-bit HDF5 dataset, which jHDF gives as {@code long[z][y][x]}. */
	static ArrayImg<UnsignedLongType, LongArray> hdf5(Path file, String dataset) {
		try (HdfFile hdf = new HdfFile(file)) {
			return LabelImages.volume((long[][][]) hdf.getDatasetByPath(dataset).getData());
		}
	}
}
