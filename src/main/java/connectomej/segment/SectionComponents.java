package connectomej.segment;

import java.util.function.DoublePredicate;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * 2D connected components section by section: the segmentation the ISBI 2012 challenge scores (Arganda-Carreras
 * et al. 2015), where a membrane map is thresholded and each section's cell interiors become objects. Ids are unique
 * over the whole volume (section by section, in increasing z).
 */
public final class SectionComponents {

	private SectionComponents() {}

	/**
	 * Labels, in every z section, the 4-connected components of the voxels that satisfy {@code inside}.
	 *
	 * @param values a volume, axes x, y, z
	 * @param inside which values belong to objects (e.g. membrane probability below a threshold)
	 * @param labels output over the same interval, 0 where {@code inside} is false
	 * @return total number of objects over all sections
	 */
	public static long label(RandomAccessibleInterval<? extends RealType<?>> values, DoublePredicate inside,
		RandomAccessibleInterval<UnsignedLongType> labels)
	{
		long next = 0;
		for (long z = values.min(2); z <= values.max(2); z++) {
			RandomAccessibleInterval<? extends RealType<?>> section = Views.hyperSlice(values, 2, z);
			RandomAccessibleInterval<UnsignedLongType> out = Views.hyperSlice(labels, 2, z);
			RandomAccessibleInterval<BitType> mask = Converters.convert(section, (RealType<?> in, BitType b) -> b.set(inside.test(in.getRealDouble())), new BitType());
			long count = ConnectedComponents.label(mask, out);
			final long offset = next;
			if (offset > 0)
				Views.flatIterable(out).forEach(t -> {
					if (t.get() != 0)
						t.set(t.get() + offset);
				});
			next += count;
		}
		return next;
	}
}
