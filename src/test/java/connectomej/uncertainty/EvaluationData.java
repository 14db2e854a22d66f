package connectomej.uncertainty;

import java.io.IOException;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;

/**
 * The two membrane data sets of the issue-8 evaluation, read from {@code ../shared/data}: raw EM and binary membrane
 * labels (1 = membrane). ISBI 2012 labels mark cell interior 255 and membrane 0; the EPFL membrane mask marks
 * membrane 255. Split: ISBI trains on slices 0-19 and validates on 20-24; EPFL (27 sections in file order) trains
 * on 0-21 and validates on 22-26.
 *
 * @param raw EM, axes x, y, z
 * @param membranes 1 on membrane, 0 elsewhere
 * @param validationSections the last this many sections are the validation set
 */
record EvaluationData(String name, Volume<UnsignedByteType> raw, RandomAccessibleInterval<UnsignedByteType> membranes,
		int validationSections) {

	static final String ISBI = "../shared/data/isbi2012/", EPFL = "../shared/data/epfl_hippocampus/";

	static EvaluationData of(String name) throws IOException {
		return switch (name) {
			case "isbi" -> new EvaluationData(name, bytes(ISBI + "train-volume.tif"), membrane(ISBI + "train-labels.tif", 0), 5);
			case "epfl" -> new EvaluationData(name, bytes(EPFL + "epfl_train_slices.tif"),
					membrane(EPFL + "epfl_train_membranes.tif", 255), 5);
			default -> throw new IllegalArgumentException("data set isbi or epfl, not " + name);
		};
	}

	@SuppressWarnings("unchecked")
	private static Volume<UnsignedByteType> bytes(String location) throws IOException {
		return (Volume<UnsignedByteType>) VolumeFiles.read(location);
	}

	private static RandomAccessibleInterval<UnsignedByteType> membrane(String location, int membraneValue) throws IOException {
		RandomAccessibleInterval<? extends RealType<?>> labels = VolumeFiles.read(location).data();
		return Converters.convert(labels, (in, out) -> out.set(in.getRealDouble() == membraneValue ? 1 : 0),
				new UnsignedByteType());
	}

	/** First validation section (z index). */
	long firstValidation() {
		return raw.data().max(2) - validationSections + 1;
	}
}
