package connectomej.nn;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;

/**
 * The sections a membrane network trains and validates on, copied out of a raw and a label volume into the layout
 * {@link MembraneTrainer} expects: training sections first, validation sections last, labels as a binary membrane
 * mask (1 = membrane).
 *
 * @param raw training then validation sections, axes x, y, z, min 0
 * @param membrane same dimensions, 1 = membrane, 0 = not
 * @param validationSections how many of the last sections are for validation
 */
public record TrainingSections(Volume<UnsignedByteType> raw, RandomAccessibleInterval<UnsignedByteType> membrane,
		int validationSections) {

	/**
	 * An inclusive range of z sections.
	 *
	 * @param first first section, 0-based
	 * @param last last section, >= first
	 */
	public record Range(long first, long last) {

		/** Number of sections. */
		public long count() {
			return last - first + 1;
		}

		/** True when the two ranges share a section. */
		public boolean overlaps(Range o) {
			return first <= o.last && o.first <= last;
		}

		@Override
		public String toString() {
			return first + "-" + last;
		}
	}

	/**
	 * Copies the chosen sections.
	 *
	 * @param raw EM volume, axes x, y, z
	 * @param labels same dimensions
	 * @param training sections to sample patches from, counted from the volume's min z
	 * @param validation sections to validate on, disjoint from {@code training}
	 * @param membraneValue label value meaning membrane, or null for "every non-zero label is membrane"
	 * @throws BadInputException when the shapes differ, a range lies outside the volume, the ranges overlap, or the
	 *         training sections hold no membrane or only membrane
	 */
	public static TrainingSections select(Volume<UnsignedByteType> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> labels, Range training, Range validation,
			Long membraneValue) {
		check(raw, labels, training, validation);
		long[] dims = { raw.width(), raw.height(), training.count() + validation.count() };
		ArrayImg<UnsignedByteType, ?> r = ArrayImgs.unsignedBytes(dims), m = ArrayImgs.unsignedBytes(dims);
		copy(raw.data(), labels, training, 0, r, m, membraneValue);
		copy(raw.data(), labels, validation, training.count(), r, m, membraneValue);
		requireBothClasses(m, training.count());
		return new TrainingSections(raw.with(r), m, (int) validation.count());
	}

	private static void check(Volume<UnsignedByteType> raw, RandomAccessibleInterval<? extends IntegerType<?>> labels,
			Range training, Range validation) {
		for (int d = 0; d < 3; d++)
			if (raw.data().dimension(d) != labels.dimension(d))
				throw new BadInputException(null, "raw and labels differ in shape: " + shape(raw.data()) + " vs "
						+ shape(labels));
		for (Range s : new Range[] { training, validation })
			if (s.first() < 0 || s.last() >= raw.depth() || s.first() > s.last())
				throw new BadInputException(null, "sections " + s + " are not within 0-" + (raw.depth() - 1));
		if (training.overlaps(validation))
			throw new BadInputException(null, "training sections " + training + " overlap validation sections "
					+ validation);
	}

	private static void copy(RandomAccessibleInterval<UnsignedByteType> raw,
			RandomAccessibleInterval<? extends IntegerType<?>> labels, Range sections, long toZ,
			ArrayImg<UnsignedByteType, ?> rawOut, ArrayImg<UnsignedByteType, ?> membraneOut, Long membraneValue) {
		long z0 = raw.min(2) + sections.first(), z1 = raw.min(2) + sections.last();
		Cursor<UnsignedByteType> from = Views.flatIterable(slab(raw, z0, z1)).cursor();
		Cursor<? extends IntegerType<?>> label = Views.flatIterable(slab(labels, z0, z1)).cursor();
		Cursor<UnsignedByteType> to = Views.flatIterable(slab(rawOut, toZ, toZ + sections.count() - 1)).cursor();
		Cursor<UnsignedByteType> mask = Views.flatIterable(slab(membraneOut, toZ, toZ + sections.count() - 1)).cursor();
		while (from.hasNext()) {
			to.next().set(from.next());
			long l = label.next().getIntegerLong();
			mask.next().set((membraneValue == null ? l != 0 : l == membraneValue) ? 1 : 0);
		}
	}

	private static <T> RandomAccessibleInterval<T> slab(RandomAccessibleInterval<T> v, long z0, long z1) {
		long[] min = v.minAsLongArray(), max = v.maxAsLongArray();
		min[2] = z0;
		max[2] = z1;
		return Views.interval(v, min, max);
	}

	private static void requireBothClasses(ArrayImg<UnsignedByteType, ?> mask, long trainingSections) {
		long membrane = 0, total = 0;
		for (UnsignedByteType t : Views.flatIterable(slab(mask, 0, trainingSections - 1))) {
			membrane += t.get();
			total++;
		}
		if (membrane == 0 || membrane == total)
			throw new BadInputException(null, "the training labels hold " + (membrane == 0 ? "no" : "only")
					+ " membrane voxels: check which label value means membrane");
	}

	private static String shape(RandomAccessibleInterval<?> v) {
		return v.dimension(0) + " x " + v.dimension(1) + " x " + v.dimension(2);
	}
}
