package connectomej.segment;

import java.io.IOException;

import connectomej.io.VolumeFiles;
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
		RealType<?> type = stored.getType();
		float scale = type instanceof UnsignedByteType ? 255f : type instanceof UnsignedShortType ? 65535f : 1f;
		return Converters.convert(stored, (in, out) -> {
			float p = in.getRealFloat() / scale;
			out.set(invert ? 1 - p : p);
		}, new FloatType());
	}

	/**
	 * Reads a stored map as probability ({@link #asProbability}), with its voxel size.
	 *
	 * @param location a {@code VolumeFiles} location (file.tif, PNG or TIFF folder, file.h5:/dataset)
	 * @throws connectomej.io.BadInputException when the file is missing or malformed
	 */
	public static Volume<FloatType> read(String location, boolean invert) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		return v.with(asProbability(v.data(), invert));
	}
}
