package connectomej.segment;

import java.io.IOException;

import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.ValueRange;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;

/** Stored boundary maps as membrane probabilities in [0, 1] (high = membrane), as lazy views. */
public final class ProbabilityMaps {

	private ProbabilityMaps() {}

	/**
	 * A view of {@code stored} as probability: 8-bit values divided by 255, 16-bit by 65535, anything else taken as
	 * is; with {@code invert}, 1 minus that (for maps where dark = boundary, e.g. SNEMI3D's).
	 *
	 * @param stored any real type, axes x, y, z, any min
	 */
	public static RandomAccessibleInterval<FloatType> asProbability(RandomAccessibleInterval<? extends RealType<?>> stored,
		boolean invert)
	{
		float scale = (float) scale(stored.getType());
		return Converters.convert(stored, (in, out) -> {
			float p = in.getRealFloat() / scale;
			out.set(invert ? 1 - p : p);
		}, new FloatType());
	}

	/** What a stored value is divided by to give a probability: 255 for 8-bit, 65535 for 16-bit, else 1. */
	public static double scale(RealType<?> type) {
		return type instanceof UnsignedByteType ? 255 : type instanceof UnsignedShortType ? 65535 : 1;
	}

	/**
	 * Refuses a map of another type than 8- or 16-bit (floats, say) whose values leave [0, 1]: a map saved as 0-255
	 * floats would otherwise be thresholded as if every voxel were membrane.
	 *
	 * @param file named in the message, or null
	 * @throws BadInputException naming the range found
	 */
	public static void requireProbabilities(RandomAccessibleInterval<? extends RealType<?>> stored, Path file) {
		if (scale(stored.getType()) != 1)
			return;
		ValueRange r = ValueRange.of(stored);
		if (!r.within(0, 1))
			throw new BadInputException(file, "probability map values run from " + r.min() + " to " + r.max() + (r.nan() ? " with NaN" : "")
					+ ": a map of " + stored.getType().getClass().getSimpleName().replace("Type", "") + " values must lie in [0, 1] "
					+ "(8-bit maps are divided by 255, 16-bit ones by 65535)");
	}

	/**
	 * Reads a stored map as probability ({@link #asProbability}), with its voxel size.
	 *
	 * @param location a {@code VolumeFiles} location (file.tif, PNG or TIFF folder, file.h5:/dataset)
	 * @throws BadInputException when the file is missing or malformed, or holds no probabilities
	 *             ({@link #requireProbabilities})
	 */
	public static Volume<FloatType> read(String location, boolean invert) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		requireProbabilities(v.data(), VolumeLocation.parse(location).file());
		return v.with(asProbability(v.data(), invert));
	}
}
