package connectomej.io;

import java.io.IOException;

import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Section-by-section reading and writing by location string ({@link VolumeLocation}). TIFF stacks and folders of
 * TIFF sections stream: only the
 * sections asked for are decoded, and output pages go to disk as they come. N5 and Zarr are read through their lazily
 * loaded blocks; other formats are read whole into memory, and HDF5 output is collected in memory and written on commit (jHDF writes whole arrays only).
 */
public final class SectionStreams {

	private SectionStreams() {}

	/**
	 * Opens a volume for reading by sections.
	 *
	 * @param location like {@link VolumeFiles#read}
	 * @throws BadInputException when the file is missing or malformed
	 */
	public static SectionSource open(String location) throws IOException {
		VolumeLocation at = VolumeLocation.parse(location);
		at.requireExists();
		if (at.format() == VolumeLocation.Format.TIFF)
			return TiffStacks.openSections(at.file());
		if (at.format() == VolumeLocation.Format.TIFF_FOLDER)
			return TiffStacks.openFolder(at.file());
		return inMemory(VolumeFiles.read(location));
	}

	/** What a checked source ({@link #checked}) requires of each slab: throws when it does not hold. */
	@FunctionalInterface
	public interface SlabCheck {

		/** @throws BadInputException when the slab's values may not be used */
		void check(RandomAccessibleInterval<? extends RealType<?>> slab);
	}

	/** A source whose every slab read passes {@code check} first; closing it closes {@code source}. */
	public static SectionSource checked(SectionSource source, SlabCheck check) {
		return new CheckedSource(source, check);
	}

	/**
	 * Reads every section of {@code source} once, {@code slab} sections at a time, and hands each slab to {@code check}
	 * (to refuse an input before work starts); stops after the first slab when {@code enough} says its type needs no
	 * more.
	 */
	public static void checkAll(SectionSource source, int slab, java.util.function.Predicate<RealType<?>> enough, SlabCheck check)
			throws IOException {
		long depth = source.dimensions()[2];
		for (long z = 0; z < depth; z += slab) {
			RandomAccessibleInterval<? extends RealType<?>> s = source.read(z, Math.min(depth, z + slab) - 1);
			check.check(s);
			if (enough.test(s.getType()))
				return;
		}
	}

	/** A section source over a volume in memory. */
	public static SectionSource inMemory(Volume<? extends RealType<?>> volume) {
		return new InMemorySource(volume);
	}

	/**
	 * Sections {@code first..last} of a source as a source of their own (z counted from {@code first}).
	 *
	 * @throws BadInputException when the range lies outside the source
	 */
	public static SectionSource sections(SectionSource source, long first, long last) {
		long depth = source.dimensions()[2];
		if (first < 0 || last >= depth || first > last)
			throw new BadInputException(null, "sections " + first + "-" + last + " are not within 0-" + (depth - 1));
		return new SectionRange(source, first, last);
	}

	/**
	 * Creates a 32-bit float volume for writing by sections.
	 *
	 * @param location a TIFF file, {@code file.h5:/dataset} or {@code container.n5:/dataset}
	 * @param dimensions size of the whole volume, axes x, y, z
	 * @param voxelSize stored with the data, nm
	 * @throws BadInputException for a PNG location (PNG holds no float samples), HDF5 or N5 without a dataset path, an
	 *             N5 dataset that exists already, or a Zarr store or folder of TIFF sections (read only)
	 */
	public static SectionSink create(String location, long[] dimensions, VoxelSize voxelSize) throws IOException {
		VolumeLocation at = VolumeLocation.parse(location);
		return switch (at.format()) {
			case TIFF -> TiffStacks.createFloatSections(at.file(), dimensions, voxelSize);
			case HDF5, N5 -> {
				if (at.dataset() == null)
					throw new BadInputException(at.file(), "give a dataset path to write to, like " + at.file() + ":/membrane");
				VolumeFiles.requireWritable(location);
				yield new InMemorySink(location, dimensions, voxelSize);
			}
			case PNG -> throw new BadInputException(at.file(), "write probabilities to a .tif or .h5:/dataset (PNG holds no 32-bit float)");
			case TIFF_FOLDER -> throw VolumeFiles.tiffFolderOutput(at.file());
			case ZARR -> throw VolumeFiles.zarrOutput(at.file());
		};
	}

	private record InMemorySource(Volume<? extends RealType<?>> volume) implements SectionSource {

		@Override
		public long[] dimensions() {
			return volume.dimensions();
		}

		@Override
		public VoxelSize voxelSize() {
			return volume.voxelSize();
		}

		@Override
		public RandomAccessibleInterval<? extends RealType<?>> read(long firstZ, long lastZ) {
			RandomAccessibleInterval<? extends RealType<?>> zeroBased = Views.zeroMin(volume.data());
			return Views.interval(zeroBased, new long[] { 0, 0, firstZ },
					new long[] { volume.width() - 1, volume.height() - 1, lastZ });
		}

		@Override
		public void close() {}
	}

	/** A source that hands on what it does not change of another. */
	private abstract static class Forwarding implements SectionSource {

		final SectionSource source;

		Forwarding(SectionSource source) {
			this.source = source;
		}

		@Override
		public long[] dimensions() {
			return source.dimensions();
		}

		@Override
		public VoxelSize voxelSize() {
			return source.voxelSize();
		}

		@Override
		public void close() throws IOException {
			source.close();
		}
	}

	private static final class CheckedSource extends Forwarding {

		private final SlabCheck check;

		CheckedSource(SectionSource source, SlabCheck check) {
			super(source);
			this.check = check;
		}

		@Override
		public RandomAccessibleInterval<? extends RealType<?>> read(long firstZ, long lastZ) throws IOException {
			RandomAccessibleInterval<? extends RealType<?>> slab = source.read(firstZ, lastZ);
			check.check(slab);
			return slab;
		}
	}

	private static final class SectionRange extends Forwarding {

		private final long first, last;

		SectionRange(SectionSource source, long first, long last) {
			super(source);
			this.first = first;
			this.last = last;
		}

		@Override
		public long[] dimensions() {
			long[] d = source.dimensions();
			d[2] = last - first + 1;
			return d;
		}

		@Override
		public RandomAccessibleInterval<? extends RealType<?>> read(long firstZ, long lastZ) throws IOException {
			return Views.translate(source.read(first + firstZ, first + lastZ), 0, 0, -first);
		}
	}

	/** Collects the sections in one array and writes the file on commit. */
	private static final class InMemorySink implements SectionSink {

		private final String location;
		private final ArraySectionSink sections;

		InMemorySink(String location, long[] dimensions, VoxelSize voxelSize) {
			this.location = location;
			this.sections = new ArraySectionSink(dimensions, voxelSize);
		}

		@Override
		public void append(RandomAccessibleInterval<FloatType> slab) {
			sections.append(slab);
		}

		@Override
		public void commit() throws IOException {
			sections.commit();
			VolumeFiles.write(sections.volume(), location);
		}

		@Override
		public void close() {}
	}
}
