package connectomej.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import java.util.concurrent.ExecutorService;

import connectomej.io.BadInputException;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.segment.ProbabilityMaps;
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
 * volume's dimensions, as {@link ProbabilityMaps} reads them: 8-bit values divided by 255, 16-bit by 65535, others used
 * as they are and refused outside [0, 1]. The pipeline imports it
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
		double scale = ProbabilityMaps.scale(m.getType());
		RandomAccess<? extends RealType<?>> in = m.randomAccess();
		Cursor<FloatType> out = Views.iterable(output).localizingCursor();
		while (out.hasNext()) {
			out.fwd();
			in.setPosition(out);
			double p = in.get().getRealDouble();
			out.get().setReal(p / scale);
		}
	}

	private synchronized RandomAccessibleInterval<? extends RealType<?>> loaded() {
		if (map == null) {
			try {
				Volume<? extends RealType<?>> v = VolumeFiles.read(location);
				ProbabilityMaps.requireProbabilities(v.data(), VolumeLocation.parse(location).file());
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
	 * instead of {@link #predict} block by block, after {@link #checkInput} has checked the values. Same values as
	 * {@link #predict}.
	 */
	StageReport importInto(N5Store store, ExecutorService executor, ProgressListener listener) throws IOException {
		try (SectionSource map = SectionStreams.open(location)) {
			return SectionImport.run("membranes", map, store, PipelineDatasets.MEMBRANES, new FloatType(),
					(in, out) -> out.setReal(in.getRealDouble() / ProbabilityMaps.scale(in)), executor, listener);
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
	 * Checks that the map has the raw volume's dimensions and holds probabilities ({@link ProbabilityMaps#requireProbabilities}:
	 * an 8- or 16-bit map after its first sections, a float map after reading it whole).
	 *
	 * @throws BadInputException naming the map's file when they differ or it holds no probabilities
	 */
	@Override
	public void checkInput(long[] rawDimensions) {
		long[] d = dimensions();
		Path file = VolumeLocation.parse(location).file();
		if (!java.util.Arrays.equals(d, rawDimensions))
			throw new BadInputException(file, "probability map is " + d[0] + " x " + d[1] + " x " + d[2]
					+ ", the raw volume " + rawDimensions[0] + " x " + rawDimensions[1] + " x " + rawDimensions[2]);
		try (SectionSource source = SectionStreams.open(location)) {
			SectionStreams.checkAll(source, 8, type -> ProbabilityMaps.scale(type) != 1, slab -> ProbabilityMaps.requireProbabilities(slab, file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
