package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeLocation;
import connectomej.volume.VoxelSize;

/**
 * The volumes of a session, opened for reading by sections, with a small least-recently-used cache of sections per
 * volume: the raw EM, the original (unedited) segmentation and the optional membrane map.
 */
final class SessionVolumes implements AutoCloseable {

	/** Sections kept per volume. */
	static final int CACHED_SECTIONS = 8;

	private final SectionSource raw;
	private final SectionSource segments;
	private final SectionSource membranes;
	private final Path segmentsFile;
	private final SectionCache<float[]> rawSections;
	private final SectionCache<long[]> labelSections;
	private final SectionCache<float[]> membraneSections;

	private SessionVolumes(SectionSource raw, SectionSource segments, SectionSource membranes, Path segmentsFile) {
		this.raw = raw;
		this.segments = segments;
		this.membranes = membranes;
		this.segmentsFile = segmentsFile;
		rawSections = new SectionCache<>(CACHED_SECTIONS, z -> SectionArrays.floats(raw, z));
		labelSections = new SectionCache<>(CACHED_SECTIONS, z -> SectionArrays.labels(segments, z, segmentsFile));
		membraneSections = membranes == null ? null
				: new SectionCache<>(CACHED_SECTIONS, z -> SectionArrays.floats(membranes, z));
	}

	/**
	 * Opens the volumes of {@code inputs}.
	 *
	 * @throws BadInputException when a volume is missing or malformed or the sizes differ
	 */
	static SessionVolumes open(SessionInputs inputs) throws IOException {
		if (inputs.raw() == null || inputs.segments() == null)
			throw new BadInputException(null, "a session needs a raw volume and a segmentation");
		SectionSource raw = SectionStreams.open(inputs.raw());
		SectionSource segments = null, membranes = null;
		try {
			segments = open(inputs.segments(), raw);
			if (inputs.membranes() != null)
				membranes = open(inputs.membranes(), raw);
			return new SessionVolumes(raw, segments, membranes, VolumeLocation.parse(inputs.segments()).file());
		} catch (IOException | RuntimeException e) {
			closeAll(raw, segments, membranes);
			throw e;
		}
	}

	private static SectionSource open(String location, SectionSource raw) throws IOException {
		SectionSource source = SectionStreams.open(location);
		if (!Arrays.equals(source.dimensions(), raw.dimensions())) {
			source.close();
			throw new BadInputException(VolumeLocation.parse(location).file(), "size " + Arrays.toString(source.dimensions())
					+ " differs from the raw volume's " + Arrays.toString(raw.dimensions()) + " (x, y, z voxels)");
		}
		return source;
	}

	long[] dimensions() {
		return raw.dimensions();
	}

	VoxelSize voxelSize() {
		return raw.voxelSize();
	}

	float[] rawSection(int z) throws IOException {
		return rawSections.get(checked(z));
	}

	/** The unedited segment ids of section {@code z}; do not modify. */
	long[] originalLabels(int z) throws IOException {
		return labelSections.get(checked(z));
	}

	/** Reads section {@code z} of the segmentation without caching it (for whole-volume scans). */
	long[] readLabelsUncached(int z) throws IOException {
		return SectionArrays.labels(segments, checked(z), segmentsFile);
	}

	boolean hasMembranes() {
		return membranes != null;
	}

	float[] membraneSection(int z) throws IOException {
		return membranes == null ? null : membraneSections.get(checked(z));
	}

	private int checked(int z) {
		long depth = dimensions()[2];
		if (z < 0 || z >= depth)
			throw new IllegalArgumentException("section " + z + " is not within 0-" + (depth - 1));
		return z;
	}

	@Override
	public void close() throws IOException {
		closeAll(raw, segments, membranes);
	}

	private static void closeAll(SectionSource... sources) throws IOException {
		for (SectionSource s : sources)
			if (s != null)
				s.close();
	}
}
