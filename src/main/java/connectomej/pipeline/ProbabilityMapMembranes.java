package connectomej.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.concurrent.ExecutorService;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Membrane probabilities computed elsewhere (another tool, or an earlier run), read from a volume file with the raw
 * volume's dimensions: float values are used as they are, 8-bit values are divided by 255. The pipeline imports it
 * slab by slab ({@link #importInto}); {@link #predict} reads it whole once per process, on first use.
 */
public final class ProbabilityMapMembranes implements MembraneStage {

	private static final long serialVersionUID = 1L;
	private final String location;
	private transient RandomAccessibleInterval<? extends RealType<?>> map;

	/** @param location a {@code VolumeFiles} location, e.g. {@code file.h5:/boundary_prob} */
	public ProbabilityMapMembranes(String location) {
		this.location = location;
	}

	@Override
	public String description() {
		return "probability map " + location;
	}

	@Override
	public long[] halo() {
		return new long[3];
	}

	@Override
	public void predict(RandomAccessibleInterval<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output) {
		RandomAccessibleInterval<? extends RealType<?>> m = loaded();
		boolean eightBit = m.getType() instanceof UnsignedByteType;
		RandomAccess<? extends RealType<?>> in = m.randomAccess();
		Cursor<FloatType> out = Views.iterable(output).localizingCursor();
		while (out.hasNext()) {
			out.fwd();
			in.setPosition(out);
			double p = in.get().getRealDouble();
			out.get().setReal(eightBit ? p / 255 : p);
		}
	}

	private synchronized RandomAccessibleInterval<? extends RealType<?>> loaded() {
		if (map == null) {
			try {
				Volume<? extends RealType<?>> v = VolumeFiles.read(location);
				map = Views.zeroMin(v.data());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return map;
	}

	/**
	 * Writes the map into the container's {@link PipelineDatasets#MEMBRANES} dataset slab of sections by slab
	 * ({@link SectionImport}), without holding the map in memory when it is a TIFF stack: what the pipeline runs
	 * instead of {@link #predict} block by block. Same values as {@link #predict}.
	 */
	StageReport importInto(N5Store store, ExecutorService executor, ProgressListener listener) throws IOException {
		try (SectionSource map = SectionStreams.open(location)) {
			return SectionImport.run("membranes", map, store, PipelineDatasets.MEMBRANES, new FloatType(),
					(in, out) -> out.setReal(in instanceof UnsignedByteType ? in.getRealDouble() / 255 : in.getRealDouble()), executor, listener);
		}
	}

	private long[] dimensions() {
		if (map != null)
			return map.dimensionsAsLongArray();
		try (SectionSource source = SectionStreams.open(location)) {
			return source.dimensions();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Checks that the map has the raw volume's dimensions.
	 *
	 * @throws BadInputException naming the map's file when they differ
	 */
	@Override
	public void checkInput(long[] rawDimensions) {
		long[] d = dimensions();
		if (!java.util.Arrays.equals(d, rawDimensions))
			throw new BadInputException(VolumeLocation.parse(location).file(), "probability map is " + d[0] + " x " + d[1] + " x " + d[2]
					+ ", the raw volume " + rawDimensions[0] + " x " + rawDimensions[1] + " x " + rawDimensions[2]);
	}
}
