package connectomej.io.tiff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.io.SliceFolders;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The TIFF files of a folder as the sections of one volume (a stack exported one file per section): the files in
 * name order with numbers compared as numbers ({@code s9.tif} before {@code s10.tif}), the pages of each in turn.
 * A slab of sections costs only its own pixels; each file is open only while its pages are decoded.
 */
final class TiffFolderReader implements SectionSource {

	/** One section: a page of a file. */
	private record Section(Path file, TiffPage page) {}

	private final List<Section> sections;
	private final VoxelSize voxelSize;

	private TiffFolderReader(List<Section> sections, VoxelSize voxelSize) {
		this.sections = sections;
		this.voxelSize = voxelSize;
	}

	/**
	 * Reads every file's directory and checks that all pages have the size and pixel type of the first file's first.
	 *
	 * @throws BadInputException naming the folder when it holds no TIFF, or the file that is malformed or differs
	 */
	static TiffFolderReader open(Path folder) throws IOException {
		List<Path> files = SliceFolders.files(folder, ".tif", ".tiff");
		if (files.isEmpty())
			throw new BadInputException(folder, "folder holds no .tif files");
		List<Section> sections = new ArrayList<>();
		VoxelSize voxelSize = null;
		StackAssembler format = null;
		for (Path file : files)
			try (TiffInput in = TiffInput.open(file)) {
				TiffDirectory dir = TiffDirectory.read(in);
				if (format == null) {
					format = new StackAssembler(dir.pages().get(0), 0);
					voxelSize = TiffCalibration.voxelSize(dir);
				}
				for (TiffPage p : dir.pages()) {
					if (!format.matches(p))
						throw in.bad("page " + p.index() + " is " + p.width() + " x " + p.height() + " " + p.pixelType() + " but "
								+ describe(sections.get(0)) + " (the first section of " + folder + ")");
					sections.add(new Section(file, p));
				}
			}
		return new TiffFolderReader(sections, voxelSize);
	}

	private static String describe(Section s) {
		return s.file().getFileName() + " is " + s.page().width() + " x " + s.page().height() + " " + s.page().pixelType();
	}

	@Override
	public long[] dimensions() {
		TiffPage first = sections.get(0).page();
		return new long[] { first.width(), first.height(), sections.size() };
	}

	@Override
	public VoxelSize voxelSize() {
		return voxelSize;
	}

	@Override
	public RandomAccessibleInterval<? extends RealType<?>> read(long firstZ, long lastZ) throws IOException {
		if (firstZ < 0 || lastZ >= sections.size() || firstZ > lastZ)
			throw new IndexOutOfBoundsException("sections " + firstZ + "-" + lastZ + " of " + sections.size());
		StackAssembler slab = new StackAssembler(sections.get(0).page(), (int) (lastZ - firstZ + 1));
		TiffInput in = null;
		try {
			for (long z = firstZ; z <= lastZ; z++) {
				Section s = sections.get((int) z);
				if (in == null || !in.file().equals(s.file())) {
					if (in != null)
						in.close();
					in = TiffInput.open(s.file());
				}
				slab.put((int) (z - firstZ), PageDecoder.decode(in, s.page()), in.order());
			}
		} finally {
			if (in != null)
				in.close();
		}
		return Views.translate(slab.image(), 0, 0, firstZ);
	}

	@Override
	public void close() {}
}
