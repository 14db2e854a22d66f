package connectomej.io.bdv;

import java.nio.file.Path;
import java.util.Locale;

import connectomej.io.BadInputException;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/**
 * Paths of BigDataViewer's HDF5 layout (bigdataviewer-core {@code bdv.img.hdf5.Util}: {@code s%02d},
 * {@code t%05d/s%02d/%d/cells}) and a reader for one level, through jHDF.
 */
public final class BdvHdf5Layout {

	private BdvHdf5Layout() {}

	/** {@code s00} for setup 0: holds {@code resolutions} and {@code subdivisions}. */
	public static String setupGroup(int setup) {
		return String.format(Locale.ROOT, "s%02d", setup);
	}

	/** {@code t00000} for timepoint 0. */
	public static String timepointGroup(int timepoint) {
		return String.format(Locale.ROOT, "t%05d", timepoint);
	}

	/** {@code t00000/s00/0/cells}: the voxels of one level of one setup at timepoint 0. */
	public static String cells(int setup, int level) {
		return timepointGroup(0) + "/" + setupGroup(setup) + "/" + level + "/cells";
	}

	/**
	 * Reads one level of one setup at timepoint 0 as unsigned 16-bit values (the stored int16 bits).
	 *
	 * @return axes x, y, z
	 * @throws BadInputException when the file or the level is missing or not int16
	 */
	public static ArrayImg<UnsignedShortType, ShortArray> readLevel(Path h5, int setup, int level) {
		try (HdfFile file = new HdfFile(h5)) {
			Dataset cells = file.getDatasetByPath(cells(setup, level));
			if (!(cells.getData() instanceof short[][][] zyx))
				throw new BadInputException(h5, cells(setup, level) + " is not a 3D int16 dataset");
			return flat(zyx);
		} catch (BadInputException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new BadInputException(h5, "cannot read " + cells(setup, level) + ": " + e.getMessage(), e);
		}
	}

	private static ArrayImg<UnsignedShortType, ShortArray> flat(short[][][] zyx) {
		int d = zyx.length, h = zyx[0].length, w = zyx[0][0].length;
		short[] flat = new short[d * h * w];
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				System.arraycopy(zyx[z][y], 0, flat, (z * h + y) * w, w);
		return ArrayImgs.unsignedShorts(flat, w, h, d);
	}
}
