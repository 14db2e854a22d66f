package connectomej.io.tiff;

import java.io.IOException;
import java.util.List;

import connectomej.io.SectionSource;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/** Reads the pages of a TIFF stack on demand: a slab of sections costs only its own pixels in memory. */
final class TiffSectionReader implements SectionSource {

	private final TiffInput in;
	private final List<TiffPage> pages;
	private final VoxelSize voxelSize;

	private TiffSectionReader(TiffInput in, TiffDirectory dir) {
		this.in = in;
		this.pages = dir.pages();
		this.voxelSize = TiffCalibration.voxelSize(dir);
	}

	/** Opens a TIFF and checks that all pages have the size and pixel type of the first. */
	static TiffSectionReader open(java.nio.file.Path file) throws IOException {
		TiffInput in = TiffInput.open(file);
		try {
			TiffDirectory dir = TiffDirectory.read(in);
			StackAssembler check = new StackAssembler(dir.pages().get(0), 0);
			TiffPage first = dir.pages().get(0);
			for (TiffPage p : dir.pages())
				if (!check.matches(p))
					throw in.bad("page " + p.index() + " is " + p.width() + " x " + p.height() + " " + p.pixelType()
							+ " but page 0 is " + first.width() + " x " + first.height() + " " + first.pixelType());
			return new TiffSectionReader(in, dir);
		} catch (IOException | RuntimeException e) {
			in.close();
			throw e;
		}
	}

	@Override
	public long[] dimensions() {
		return new long[] { pages.get(0).width(), pages.get(0).height(), pages.size() };
	}

	@Override
	public VoxelSize voxelSize() {
		return voxelSize;
	}

	@Override
	public synchronized RandomAccessibleInterval<? extends RealType<?>> read(long firstZ, long lastZ) throws IOException {
		if (firstZ < 0 || lastZ >= pages.size() || firstZ > lastZ)
			throw new IndexOutOfBoundsException("sections " + firstZ + "-" + lastZ + " of " + pages.size());
		StackAssembler slab = new StackAssembler(pages.get(0), (int) (lastZ - firstZ + 1));
		for (long z = firstZ; z <= lastZ; z++)
			slab.put((int) (z - firstZ), PageDecoder.decode(in, pages.get((int) z)), in.order());
		return Views.translate(slab.image(), 0, 0, firstZ);
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
