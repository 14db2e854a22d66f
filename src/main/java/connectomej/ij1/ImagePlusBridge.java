package connectomej.ij1;

import java.util.OptionalDouble;

import connectomej.io.LengthUnits;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/**
 * Copies between ImageJ 1.x stacks and volumes, with the calibration: ImageJ's pixelWidth, pixelHeight,
 * pixelDepth in its unit (nm, um, micron, µm, mm, ...) become the voxel size in nm and back (unit "nm").
 * 8-bit stacks are {@code UnsignedByteType}, 16-bit {@code UnsignedShortType}, 32-bit {@code FloatType}; labels
 * ({@code UnsignedLongType}) go to 16-bit when they fit, else to 32-bit float while exact (< 2^24).
 */
public final class ImagePlusBridge {

	private static final double FLOAT_EXACT_LIMIT = 1 << 24;

	private ImagePlusBridge() {}

	/**
	 * A new ImagePlus holding a copy of the volume, one slice per z, calibrated in nm.
	 *
	 * @throws IllegalArgumentException when integer values fit neither 16-bit nor exactly 32-bit float
	 */
	public static ImagePlus toImagePlus(Volume<? extends RealType<?>> volume, String title) {
		int w = Math.toIntExact(volume.width()), h = Math.toIntExact(volume.height());
		int bits = bitDepth(volume.data());
		ImageStack stack = new ImageStack(w, h);
		for (long z = 0; z < volume.depth(); z++)
			stack.addSlice(slice(Views.hyperSlice(volume.data(), 2, volume.data().min(2) + z), w, h, bits));
		ImagePlus imp = new ImagePlus(title, stack);
		Calibration cal = imp.getCalibration();
		cal.setUnit("nm");
		cal.pixelWidth = volume.voxelSize().x();
		cal.pixelHeight = volume.voxelSize().y();
		cal.pixelDepth = volume.voxelSize().z();
		imp.resetDisplayRange();
		return imp;
	}

	/**
	 * A volume copied from an 8-, 16- or 32-bit ImagePlus (all its slices as z), with the voxel size in nm; 1 nm
	 * per axis when the calibration has no length unit.
	 *
	 * @throws IllegalArgumentException for RGB images and hyperstacks with several channels or frames
	 */
	public static Volume<? extends RealType<?>> toVolume(ImagePlus imp) {
		check(imp);
		int w = imp.getWidth(), h = imp.getHeight(), d = imp.getStackSize(), n = w * h;
		ImageStack stack = imp.getStack();
		RandomAccessibleInterval<? extends RealType<?>> data = switch (imp.getBitDepth()) {
			case 8 -> {
				byte[] a = new byte[n * d];
				for (int z = 0; z < d; z++)
					System.arraycopy((byte[]) stack.getPixels(z + 1), 0, a, z * n, n);
				yield ArrayImgs.unsignedBytes(a, w, h, d);
			}
			case 16 -> {
				short[] a = new short[n * d];
				for (int z = 0; z < d; z++)
					System.arraycopy((short[]) stack.getPixels(z + 1), 0, a, z * n, n);
				yield ArrayImgs.unsignedShorts(a, w, h, d);
			}
			default -> {
				float[] a = new float[n * d];
				for (int z = 0; z < d; z++)
					System.arraycopy((float[]) stack.getProcessor(z + 1).convertToFloat().getPixels(), 0, a, z * n, n);
				yield ArrayImgs.floats(a, w, h, d);
			}
		};
		return new Volume<>(data, voxelSize(imp.getCalibration()));
	}

	/**
	 * Labels from a 8-, 16- or 32-bit ImagePlus whose values are non-negative integers.
	 *
	 * @throws IllegalArgumentException when a value is negative or not an integer
	 */
	public static Volume<UnsignedLongType> toLabels(ImagePlus imp) {
		Volume<? extends RealType<?>> v = toVolume(imp);
		long[] labels = new long[Math.toIntExact(v.size())];
		int i = 0;
		for (RealType<?> t : Views.flatIterable(v.data())) {
			double value = t.getRealDouble();
			if (value < 0 || value != Math.rint(value))
				throw new IllegalArgumentException(imp.getTitle() + " is not a label image: it holds " + value);
			labels[i++] = (long) value;
		}
		return new Volume<>(ArrayImgs.unsignedLongs(labels, v.dimensions()), v.voxelSize());
	}

	/** Voxel size in nm from an ImageJ calibration; 1 nm per axis when its unit is not a length. */
	public static VoxelSize voxelSize(Calibration cal) {
		OptionalDouble nm = LengthUnits.nanometresPer(cal.getUnit());
		if (nm.isEmpty() || !(cal.pixelWidth > 0 && cal.pixelHeight > 0 && cal.pixelDepth > 0))
			return VoxelSize.UNIT;
		double f = nm.getAsDouble();
		return new VoxelSize(cal.pixelWidth * f, cal.pixelHeight * f, cal.pixelDepth * f);
	}

	private static void check(ImagePlus imp) {
		if (imp.getBitDepth() == 24)
			throw new IllegalArgumentException(imp.getTitle() + " is an RGB image; convert it to 8-bit first");
		if (imp.getNChannels() > 1 || imp.getNFrames() > 1)
			throw new IllegalArgumentException(imp.getTitle() + " has " + imp.getNChannels() + " channels and "
					+ imp.getNFrames() + " frames; a volume has one channel and one frame");
	}

	private static int bitDepth(RandomAccessibleInterval<? extends RealType<?>> data) {
		RealType<?> type = data.getType();
		if (type instanceof UnsignedByteType)
			return 8;
		if (type instanceof UnsignedShortType)
			return 16;
		if (!(type instanceof IntegerType))
			return 32;
		double max = 0, min = 0;
		for (RealType<?> v : Views.iterable(data)) {
			max = Math.max(max, v.getRealDouble());
			min = Math.min(min, v.getRealDouble());
		}
		if (min >= 0 && max <= 65535)
			return 16;
		if (Math.max(-min, max) < FLOAT_EXACT_LIMIT)
			return 32;
		throw new IllegalArgumentException("integer values up to " + (long) max + " do not fit exactly in a 32-bit ImageJ image");
	}

	private static ImageProcessor slice(RandomAccessibleInterval<? extends RealType<?>> plane, int w, int h, int bits) {
		ImageProcessor ip = bits == 8 ? new ByteProcessor(w, h) : bits == 16 ? new ShortProcessor(w, h) : new FloatProcessor(w, h);
		int i = 0;
		for (RealType<?> v : Views.flatIterable(plane))
			ip.setf(i++, v.getRealFloat());
		return ip;
	}
}
