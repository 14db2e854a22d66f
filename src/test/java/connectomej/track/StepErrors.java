package connectomej.track;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;

/**
 * Issue 6 diagnostic (session 15): one section of a gala volume tracked from the truth of section 0 (a {@code save=}
 * of {@link TrackAcceptance}), voxel by voxel. A continuing object (its ground-truth id is in section 0) is right where
 * it carries its own id; an entering object is wrong where it carries a continuing one. Prints the counts, split by what
 * lay beneath in the section before (the seeds' erased band, where the map is above the erasure threshold, or an
 * object); for each entering object given a continuing id, the section it entered in, its size there and the ids it got;
 * and, for one object, its ids and the seeds beneath it in every section. Draws a PPM per tracked volume: grey right,
 * red wrong over the band, blue wrong over an object, black boundary, yellow an entering object given a continuing id,
 * white an entering object on its own.
 * Arguments: gala file, map FILE:/DATASET, erasure threshold, section, output prefix, object to follow (0 = none),
 * tracked FILE:/DATASET...
 */
final class StepErrors {

	private static final int GREY = 0x606060, LIGHT_GREY = 0x909090, RED = 0xff0000, BLUE = 0x3070ff, YELLOW = 0xffff00, WHITE = 0xffffff;

	private StepErrors() {}

	public static void main(String[] args) throws IOException {
		var gt = Views.zeroMin(LabelVolumes.of(VolumeFiles.read(args[0] + ":/gt").data(), Path.of(args[0])));
		var map = Views.zeroMin(VolumeFiles.read(args[1]).data());
		double erase = Double.parseDouble(args[2]);
		int z = Integer.parseInt(args[3]);
		long follow = Long.parseLong(args[5]);
		Set<Long> continuing = new HashSet<>();
		for (long id : Sections.labels(gt, 0))
			continuing.add(id);
		for (int t = 6; t < args.length; t++) {
			var tracked = Views.zeroMin(LabelVolumes.of(VolumeFiles.read(args[t]).data(), Path.of(args[t])));
			System.out.println(args[t] + ":");
			byte[] rgb = classify(gt, map, erase, z, Sections.labels(tracked, z), continuing);
			writePpm(rgb, Sections.width(gt), Sections.height(gt), Path.of(args[4] + (t - 6) + ".ppm"));
			printEnteringBirths(gt, tracked, map, erase, z, continuing);
			if (follow != 0)
				printObject(gt, tracked, map, erase, z, follow);
		}
	}

	/** Counts and colours the voxels of section {@code z}; returns the image, RGB per voxel. */
	private static byte[] classify(RandomAccessibleInterval<? extends IntegerType<?>> gt, RandomAccessibleInterval<? extends RealType<?>> map,
			double erase, int z, long[] got, Set<Long> continuing) {
		long[] seed = Sections.labels(gt, z - 1), truth = Sections.labels(gt, z);
		float[] seedMap = Sections.values(map, z - 1);
		int right = 0, wrongBand = 0, wrongObject = 0, band = 0, entering = 0, enteringMerged = 0;
		byte[] rgb = new byte[got.length * 3];
		for (int i = 0; i < got.length; i++) {
			boolean overBand = seed[i] == 0 || seedMap[i] > erase;
			int colour = 0;
			if (truth[i] != 0 && !continuing.contains(truth[i])) {
				entering++;
				boolean merged = continuing.contains(got[i]);
				enteringMerged += merged ? 1 : 0;
				colour = merged ? YELLOW : WHITE;
			} else if (truth[i] != 0) {
				band += overBand ? 1 : 0;
				boolean ok = got[i] == truth[i];
				right += ok ? 1 : 0;
				wrongBand += !ok && overBand ? 1 : 0;
				wrongObject += !ok && !overBand ? 1 : 0;
				colour = ok ? (overBand ? LIGHT_GREY : GREY) : overBand ? RED : BLUE;
			}
			rgb[3 * i] = (byte) (colour >> 16);
			rgb[3 * i + 1] = (byte) (colour >> 8);
			rgb[3 * i + 2] = (byte) colour;
		}
		System.out.printf("  section %d: continuing voxels right %d, wrong over the band %d (band %d), wrong over an object %d; "
				+ "entering voxels %d, given a continuing id %d%n", z, right, wrongBand, band, wrongObject, entering, enteringMerged);
		return rgb;
	}

	/** For each entering object of section {@code z} given a continuing id there: where it entered and what it got. */
	private static void printEnteringBirths(RandomAccessibleInterval<? extends IntegerType<?>> gt, RandomAccessibleInterval<? extends IntegerType<?>> tracked,
			RandomAccessibleInterval<? extends RealType<?>> map, double erase, int z, Set<Long> continuing) {
		long[] truth = Sections.labels(gt, z), got = Sections.labels(tracked, z);
		Map<Long, Integer> merged = new TreeMap<>();
		for (int i = 0; i < got.length; i++)
			if (truth[i] != 0 && !continuing.contains(truth[i]) && continuing.contains(got[i]))
				merged.merge(truth[i], 1, Integer::sum);
		merged.forEach((id, voxels) -> {
			for (int first = 1; first <= z; first++) {
				Census c = census(gt, tracked, map, erase, first, id);
				if (!c.ids().isEmpty()) {
					System.out.printf("  entering object %d (%d voxels with a continuing id in section %d) entered in section %d: ids %s, "
							+ "seeds beneath (-1 = erased band) %s%n", id, voxels, z, first, c.ids(), c.beneath());
					return;
				}
			}
		});
	}

	private static void printObject(RandomAccessibleInterval<? extends IntegerType<?>> gt, RandomAccessibleInterval<? extends IntegerType<?>> tracked,
			RandomAccessibleInterval<? extends RealType<?>> map, double erase, int z, long object) {
		for (int section = 1; section <= z; section++) {
			Census c = census(gt, tracked, map, erase, section, object);
			if (!c.ids().isEmpty())
				System.out.printf("  object %d in section %d: ids %s, seeds beneath (-1 = erased band) %s%n", object, section, c.ids(), c.beneath());
		}
	}

	/** An object's voxels in one section: the ids they were given, and the tracked ids beneath them in the section before. */
	private record Census(Map<Long, Integer> ids, Map<Long, Integer> beneath) {}

	private static Census census(RandomAccessibleInterval<? extends IntegerType<?>> gt, RandomAccessibleInterval<? extends IntegerType<?>> tracked,
			RandomAccessibleInterval<? extends RealType<?>> map, double erase, int section, long object) {
		long[] truth = Sections.labels(gt, section), got = Sections.labels(tracked, section), before = Sections.labels(tracked, section - 1);
		float[] beforeMap = Sections.values(map, section - 1);
		Map<Long, Integer> ids = new TreeMap<>(), beneath = new TreeMap<>();
		for (int i = 0; i < truth.length; i++)
			if (truth[i] == object) {
				ids.merge(got[i], 1, Integer::sum);
				beneath.merge(beforeMap[i] > erase ? -1 : before[i], 1, Integer::sum);
			}
		return new Census(ids, beneath);
	}

	private static void writePpm(byte[] rgb, int width, int height, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("P6\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
			out.write(rgb);
		}
	}
}
