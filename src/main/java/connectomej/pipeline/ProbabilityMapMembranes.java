package connectomej.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

import connectomej.io.BadInputException;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
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
 * volume's dimensions: float values are used as they are, 8-bit values are divided by 255. Read once per process, on
 * first use.
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
	 * Checks that the map has the raw volume's dimensions.
	 *
	 * @throws BadInputException naming the map's file when they differ
	 */
	@Override
	public void checkInput(long[] rawDimensions) {
		long[] d = loaded().dimensionsAsLongArray();
		if (!java.util.Arrays.equals(d, rawDimensions))
			throw new BadInputException(VolumeLocation.parse(location).file(), "probability map is " + d[0] + " x " + d[1] + " x " + d[2]
					+ ", the raw volume " + rawDimensions[0] + " x " + rawDimensions[1] + " x " + rawDimensions[2]);
	}
}
