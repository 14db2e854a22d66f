package connectomej.synth;

import java.io.IOException;
import java.util.Locale;
import java.util.function.DoublePredicate;

import connectomej.io.VolumeFiles;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

/**
 * Where a membrane probability map of a synthetic TEM volume disagrees with the generator's ground truth, by what lies
 * at each pixel ({@link PixelCategory}): square or oblique contact bands, the one-voxel separation of touching
 * labels, extracellular pockets, clefts, PSDs, mitochondria, vesicles, plain cytoplasm. Also counts pixels where the
 * ground truth and the rendered membrane band disagree outright (ground truth membrane where the clean image is
 * hardly darkened, or no ground truth where it is darkened by more than half a square-cut membrane). Not a test.
 * <p>
 * Usage (test classpath): {@code MembraneErrorCensus PROB.tif SEED SIZE_X,SIZE_Y,SIZE_Z FIRST-LAST} for the TEM
 * preset of that seed and size (the bundled sample: seed 1, 256,256,32), sections FIRST..LAST, threshold 0.5; with
 * {@code X0 Y0 FILE.png [SIZE [FACTOR]]} after them, also a SIZE x SIZE crop (default 96, magnified 4 times) at (X0, Y0)
 * of section FIRST drawn by {@link ErrorPng}.
 */
public final class MembraneErrorCensus {

	private MembraneErrorCensus() {}

	/** Prints the census of the probability map PROB.tif against the regenerated ground truth. */
	public static void main(String[] args) throws IOException {
		RandomAccessibleInterval<? extends RealType<?>> prob = VolumeFiles.read(args[0]).data();
		long seed = Long.parseLong(args[1]);
		String[] size = args[2].split(","), range = args[3].split("-");
		SynthSettings settings = SynthSettings.anisotropicTem(Long.parseLong(size[0]), Long.parseLong(size[1]),
			Long.parseLong(size[2]), seed);
		long z0 = Long.parseLong(range[0]), z1 = Long.parseLong(range[1]);
		if (prob.dimension(2) < settings.sizeZ()) // a map of the sections alone, as predict --sections writes it
			prob = Views.translate(prob, 0, 0, z0);
		FinalInterval sections = new FinalInterval(new long[] { 0, 0, z0 }, new long[] { settings.sizeX() - 1, settings.sizeY() - 1, z1 });
		SyntheticEm em = new SyntheticEm(settings);
		SyntheticBlock truth = em.generate(sections);
		ErrorTally tally = new ErrorTally();
		RandomAccess<? extends RealType<?>> p = Views.extendBorder(prob).randomAccess();
		RandomAccess<UnsignedByteType> gt = Views.extendBorder(truth.membranes()).randomAccess();
		new VoxelSweep(SynthGeometry.build(settings)).sweep(sections, (i, x, y, z, s) -> {
			boolean membrane = gt.setPositionAndGet(x, y, z).get() != 0;
			boolean predicted = p.setPositionAndGet(x, y, z).getRealDouble() >= 0.5;
			boolean nearOther = membrane ? anyNeighbour(p, x, y, z, v -> v >= 0.5) : anyNeighbour(gt, x, y, z, v -> v != 0);
			tally.add(PixelCategory.of(s, membrane), membrane, predicted, nearOther, s.interfaceDistance < s.bandHalfWidth,
				PixelCategory.edgeDistancePx(s, settings.voxelSize().z(), settings.voxelSize().x()));
		});
		System.out.print(tally.report(String.format(Locale.ROOT, "%s against seed %d %s sections %d-%d", args[0], seed, args[2], z0, z1)));
		if (args.length > 4)
			ErrorPng.write(truth, prob, z0, Long.parseLong(args[4]), Long.parseLong(args[5]), args.length > 7 ? Integer.parseInt(args[7]) : 96,
				args.length > 8 ? Integer.parseInt(args[8]) : 4, new java.io.File(args[6]));
	}

	/** Whether one of the 8 in-plane neighbours of (x, y, z) has a value the test accepts. */
	private static boolean anyNeighbour(RandomAccess<? extends RealType<?>> a, long x, long y, long z, DoublePredicate test) {
		for (long dy = -1; dy <= 1; dy++)
			for (long dx = -1; dx <= 1; dx++)
				if ((dx != 0 || dy != 0) && test.test(a.setPositionAndGet(x + dx, y + dy, z).getRealDouble()))
					return true;
		return false;
	}
}
