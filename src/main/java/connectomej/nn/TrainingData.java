package connectomej.nn;

import java.io.IOException;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.nn.TrainingSections.Range;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/**
 * A raw EM volume and its labels as read for training, before the sections are chosen.
 *
 * @param raw 8-bit EM, axes x, y, z
 * @param labels ids or classes, same dimensions
 */
public record TrainingData(Volume<UnsignedByteType> raw, RandomAccessibleInterval<? extends IntegerType<?>> labels) {

	/**
	 * Reads both volumes.
	 *
	 * @param raw location of an 8-bit EM volume (file.tif, PNG or TIFF folder, file.h5:/dataset)
	 * @param labels location of the labels
	 * @throws BadInputException when a file is missing or malformed, or the EM is not 8-bit
	 */
	@SuppressWarnings("unchecked")
	public static TrainingData read(String raw, String labels) throws IOException {
		Volume<? extends RealType<?>> r = VolumeFiles.read(raw);
		if (!(r.data().getType() instanceof UnsignedByteType))
			throw new BadInputException(VolumeLocation.parse(raw).file(), "raw EM must be 8-bit, this is "
					+ r.data().getType().getClass().getSimpleName());
		Volume<? extends RealType<?>> l = VolumeFiles.read(labels);
		return new TrainingData((Volume<UnsignedByteType>) r, LabelVolumes.of(l.data(), VolumeLocation.parse(labels).file()));
	}

	/** Every section of the volume. */
	public Range allSections() {
		return new Range(0, raw.depth() - 1);
	}

	/** The chosen sections ({@link TrainingSections#select}). */
	public TrainingSections select(Range training, Range validation, Long membraneValue) {
		return TrainingSections.select(raw, labels, training, validation, membraneValue);
	}

	/** The default number of validation sections of a range: its last tenth, at least one. */
	public static long defaultValidationCount(Range sections) {
		return Math.max(1, sections.count() / 10);
	}

	/**
	 * Splits a range into training and its last {@code count} sections for validation.
	 *
	 * @return {training, validation}
	 * @throws BadInputException when no training section would be left
	 */
	public static Range[] holdOutLast(Range sections, long count) {
		if (count >= sections.count())
			throw new BadInputException(null, "--validation-sections " + count + " leaves no training sections in " + sections);
		return new Range[] { new Range(sections.first(), sections.last() - count),
				new Range(sections.last() - count + 1, sections.last()) };
	}
}
