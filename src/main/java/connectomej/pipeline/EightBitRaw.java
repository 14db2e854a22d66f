package connectomej.pipeline;

import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converter;
import net.imglib2.converter.Converters;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/** EM volumes as 8-bit: the raw type of the suite. */
final class EightBitRaw {

	/** Any real value to 8-bit, rounded and clamped to 0..255. */
	static final Converter<RealType<?>, UnsignedByteType> ROUNDED = (in, out) -> out.set((int) Math.max(0, Math.min(255, Math.round(in.getRealDouble()))));

	private EightBitRaw() {}

	/**
	 * The volume as {@code UnsignedByteType} with its min at the origin: 8-bit data as is, other types rounded and
	 * clamped to 0..255 (a view, no copy).
	 */
	@SuppressWarnings("unchecked")
	static RandomAccessibleInterval<UnsignedByteType> of(Volume<? extends RealType<?>> volume) {
		RandomAccessibleInterval<? extends RealType<?>> data = Views.zeroMin(volume.data());
		if (data.getType() instanceof UnsignedByteType)
			return (RandomAccessibleInterval<UnsignedByteType>) data;
		return Converters.convert((RandomAccessibleInterval<RealType<?>>) data, ROUNDED, new UnsignedByteType());
	}
}
