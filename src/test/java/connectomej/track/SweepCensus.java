package connectomej.track;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;

/**
 * Issue 6 diagnostic: where, inside the sweep, 3C's colour network loses the connected pieces that a perfect
 * section-by-section tracker keeps. Runs {@link TrackAcceptance}'s decoding on synthetic stacks or a gala volume,
 * keeps each step's colour probabilities, and compares them with the colours a perfect net would give (the colour of
 * the seed label the voxel's true piece overlaps most in the seed section, as in {@link OracleColours}). Prints the
 * network's colour accuracy over the sweep, near the image border and inside; from the truth, how many voxels move onto
 * another piece's footprint from one section to the next and how many pieces enter after the first section (and how
 * many as tips of a few voxels); and for each lost piece the step where it was first split or merged: how much of it
 * the net coloured right, how confidently it was wrong, which word the wrong voxels carried, how far the piece moved,
 * and, for a merge, the same of the piece that took its label.
 * Arguments as {@link TrackAcceptance} without its supervoxels option: model, redundant digits, decoding (a {@code map} or
 * {@code truthmap} decoding of the network's colours), minimum agreement, [gala=FILE: a gala volume, default none],
 * [map=FILE:/DATASET: its boundary map, default its own /boundary_prob], synthetic seeds...
 */
public final class SweepCensus {

	/** Voxels closer than this to the section's edge count as border voxels, pixels. */
	private static final int BORDER = 16;
	/** An entering piece with at most this many voxels in its first section is a tip. */
	private static final int TIP = 3;
	/** A colour probability at least this high is a confident colour. */
	private static final double CONFIDENT = 0.9;

	/** One step of the sweep as the tracker saw it, with each digit's most probable colour per voxel. */
	private record Step(CodeBook code, long[] seeds, float[][] probabilities, int[][] argmax) {

		static Step of(CodeBook code, long[] seeds, float[][] probabilities) {
			int[][] argmax = new int[probabilities.length][];
			for (int d = 0; d < argmax.length; d++)
				argmax[d] = ColourModel.argmax(probabilities[d], code.colours(), seeds.length);
			return new Step(code, seeds.clone(), probabilities, argmax);
		}
	}

	public static void main(String[] args) throws Exception {
		ColourModel model = ColourModel.load(Path.of(args[0]));
		int redundant = Integer.parseInt(args[1]);
		String decoding = args[2];
		double agreement = Double.parseDouble(args[3]);
		if (!decoding.startsWith("map:") && !decoding.startsWith("truthmap:"))
			throw new IllegalArgumentException("the census needs a map or truthmap decoding of the network's colours, not " + decoding);
		int first = 4;
		String galaFile = null, mapLocation = null;
		for (; first < args.length && args[first].contains("="); first++)
			if (args[first].startsWith("gala="))
				galaFile = args[first].substring(5);
			else if (args[first].startsWith("map="))
				mapLocation = args[first].substring(4);
			else
				throw new IllegalArgumentException("unknown option " + args[first]);
		if (galaFile != null) {
			var gala = TrackAcceptance.Gala.read(galaFile, mapLocation);
			census(gala.name(), model, redundant, decoding, agreement, gala.raw(), gala.gt(), gala.map(), false);
		}
		for (int i = first; i < args.length; i++) {
			SyntheticVolume v = new SyntheticEm(SynthSettings.anisotropicTem(256, 256, 32, Long.parseLong(args[i]))).generateVolume();
			var membranes = decoding.startsWith("truthmap") ? TrackAcceptance.truthMembranes(v) : TrackAcceptance.membranes(v);
			census("synthetic seed " + args[i], model, redundant, decoding, agreement, v.raw().data(), v.neurons().data(), membranes, true);
		}
	}

	/** Runs the decoding on one volume (axes x, y, z; swept along z) and prints its census. */
	private static void census(String name, ColourModel model, int redundant, String decoding, double agreement,
			RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> truth,
			RandomAccessibleInterval<? extends RealType<?>> map, boolean synthetic) {
		List<Step> steps = new ArrayList<>();
		var tracked = TrackAcceptance.run(model, redundant, decoding, agreement, raw, truth, map, null, synthetic,
				(code, seeds, probabilities) -> steps.add(Step.of(code, seeds, probabilities)));
		var pieces = ArrayImgs.unsignedLongs(truth.dimensionsAsLongArray());
		ConnectedPieces.relabel(truth, pieces);
		String[] fields = decoding.split(":");
		var decoder = new Decoder(TrackAcceptance.mapRegions(fields, map), TrackAcceptance.mapAssignment(fields), agreement,
				TrackAcceptance.voxelConfidence(fields), raw);
		new SweepCensus(steps, pieces, tracked, Sections.width(pieces), decoder).print(name);
	}

	private final List<Step> steps;
	private final RandomAccessibleInterval<? extends IntegerType<?>> pieces, tracked;
	private final int width;
	private final Decoder decoder;

	/** The map decoding of the run, to decode a step again before the sweep's cleanup. */
	private record Decoder(SectionRegions regions, RegionAssignment assignment, double agreement, double voxelConfidence,
			RandomAccessibleInterval<? extends RealType<?>> raw) {

		int[] regions(int z, int width) {
			float[] em = Sections.em(raw, z);
			return regions.regions(z, em, width, em.length / width);
		}

		long[] decode(Step step, int[] regions, int width) {
			return RegionVote.decode(step.probabilities(), step.code(), regions, step.seeds(), agreement, voxelConfidence, assignment, width);
		}
	}

	private SweepCensus(List<Step> steps, RandomAccessibleInterval<? extends IntegerType<?>> pieces,
			RandomAccessibleInterval<? extends IntegerType<?>> tracked, int width, Decoder decoder) {
		this.steps = steps;
		this.pieces = pieces;
		this.tracked = tracked;
		this.width = width;
		this.decoder = decoder;
	}

	private void print(String name) {
		printAccuracy(name);
		var fates = FollowedObjects.fates(tracked, pieces, 20, 0.8);
		int lost = 0;
		for (var e : fates.entrySet())
			if (!e.getValue().followed()) {
				lost++;
				printLoss(name, e.getKey(), e.getValue());
			}
		System.out.printf("%s: %d of %d pieces lost%n", name, lost, fates.size());
	}

	/**
	 * The net's tuple accuracy over all steps on voxels of continuing pieces: near the border and inside, and by
	 * what lies under the voxel in the seed section (its own label, none, or another label: where copying the colour
	 * beneath is wrong).
	 */
	private void printAccuracy(String name) {
		String[] classes = { "inner", "border", "under own label", "under no label", "under another label" };
		long[] right = new long[classes.length], confidentWrong = new long[classes.length], all = new long[classes.length];
		long entering = 0, enteringConfident = 0, continuing = 0, moved = 0;
		Map<Long, Long> enteringSizes = new HashMap<>();
		for (int s = 0; s < steps.size(); s++) {
			Step step = steps.get(s);
			long[] truth = Sections.labels(pieces, s + 1), truthBefore = Sections.labels(pieces, s);
			enteringSizes.putAll(enteringPieces(truthBefore, truth));
			Map<Long, Long> expected = SeedMatching.largestOverlap(Sections.labels(pieces, s), step.seeds());
			for (int i = 0; i < truth.length; i++) {
				if (truth[i] == 0)
					continue;
				Long label = expected.get(truth[i]);
				if (label == null) {
					entering++;
					enteringConfident += allConfident(step, i) ? 1 : 0;
					continue;
				}
				continuing++;
				moved += truthBefore[i] != 0 && truthBefore[i] != truth[i] ? 1 : 0;
				long under = step.seeds()[i];
				for (int c : new int[] { border(i) ? 1 : 0, under == label ? 2 : under == 0 ? 3 : 4 }) {
					all[c]++;
					right[c] += tupleRight(step, i, label) ? 1 : 0;
					confidentWrong[c] += confidentWrong(step, i, label) ? 1 : 0;
				}
			}
		}
		StringBuilder line = new StringBuilder(name + ": continuing voxels, tuple right / confidently wrong (a wrong digit >= "
				+ CONFIDENT + ") of voxels:");
		for (int c = 0; c < classes.length; c++)
			line.append(String.format(" %s %.4f / %.4f of %d;", classes[c], right[c] / (double) Math.max(1, all[c]),
					confidentWrong[c] / (double) Math.max(1, all[c]), all[c]));
		System.out.println(line + String.format(" entering voxels %d, every digit confident on %.3f of them", entering,
				enteringConfident / (double) Math.max(1, entering)));
		System.out.printf("%s: in the truth, %d of %d continuing voxels (%.4f) lie on another piece in the section before "
				+ "(true moves; the rest of 'under another label' is the sweep's own earlier errors)%n", name, moved, continuing,
				moved / (double) Math.max(1, continuing));
		System.out.printf("%s: in the truth, %d pieces enter after the first section; %d of them with at most %d voxels in "
				+ "their first section%n", name, enteringSizes.size(), enteringSizes.values().stream().filter(n -> n <= TIP).count(), TIP);
	}

	/** Voxels per piece of {@code truth} that is absent from {@code truthBefore}. */
	private static Map<Long, Long> enteringPieces(long[] truthBefore, long[] truth) {
		Set<Long> before = new HashSet<>();
		for (long p : truthBefore)
			before.add(p);
		Map<Long, Long> sizes = new HashMap<>();
		for (long p : truth)
			if (p != 0 && !before.contains(p))
				sizes.merge(p, 1L, Long::sum);
		return sizes;
	}

	/** One lost piece at the step where it was first split or merged. */
	private void printLoss(String name, long piece, FollowedObjects.Fate fate) {
		int z = Math.toIntExact(fate.firstFailure());
		if (z == 0) {
			System.out.printf("%s: piece %d lost in the first section%n", name, piece);
			return;
		}
		Step step = steps.get(z - 1);
		long[] truth = Sections.labels(pieces, z), out = Sections.labels(tracked, z);
		Map<Long, Long> expected = SeedMatching.largestOverlap(Sections.labels(pieces, z - 1), step.seeds());
		Long label = expected.get(piece);
		Profile own = profile(step, truth, piece, label);
		long size = own.size, kept = 0, labelSize = 0;
		Map<Long, Long> others = new HashMap<>();
		for (int i = 0; i < truth.length; i++) {
			if (truth[i] == piece && out[i] == fate.label())
				kept++;
			if (out[i] == fate.label() && truth[i] != 0) {
				labelSize++;
				if (truth[i] != piece)
					others.merge(truth[i], 1L, Long::sum);
			}
		}
		boolean split = kept < 0.8 * size;
		System.out.printf("%s: piece %d %s at z %d: %d voxels, expected label %s (first-section label %d), %s%n", name, piece,
				split ? "SPLIT" : "MERGED", z, size, label, fate.label(), own);
		printRegions(step, z, truth, piece);
		if (!split) {
			long intruder = others.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0L);
			Profile p = profile(step, truth, intruder, expected.get(intruder));
			System.out.printf("    intruder piece %d: %d of the label's %d voxels, expected label %s, %s; share decoded to %d: %.2f%n",
					intruder, others.getOrDefault(intruder, 0L), labelSize, expected.get(intruder), p, fate.label(),
					share(truth, intruder, out, fate.label()));
		}
	}

	/** The regions that cover a piece at step z, what they hold and what the decoding gave them before the cleanup. */
	private void printRegions(Step step, int z, long[] truth, long piece) {
		int[] regions = decoder.regions(z, width);
		long[] decoded = decoder.decode(step, regions, width);
		Map<Integer, Long> covering = new HashMap<>();
		Map<Long, Long> labels = new HashMap<>();
		for (int i = 0; i < truth.length; i++)
			if (truth[i] == piece) {
				covering.merge(Math.abs(regions[i]), 1L, Long::sum);
				labels.merge(decoded[i], 1L, Long::sum);
			}
		System.out.printf("    decoded before cleanup (label: voxels) %s; regions (region: voxels of the piece)%n", top(labels, 4));
		for (var r : top(covering, 3).entrySet()) {
			Map<Long, Long> held = new HashMap<>(), given = new HashMap<>();
			for (int i = 0; i < truth.length; i++)
				if (Math.abs(regions[i]) == r.getKey()) {
					held.merge(truth[i], 1L, Long::sum);
					given.merge(decoded[i], 1L, Long::sum);
				}
			System.out.printf("      region %d: %d of the piece; it holds pieces %s; decoded to %s%n", r.getKey(), r.getValue(), top(held, 3),
					top(given, 3));
		}
	}

	private static <K> Map<K, Long> top(Map<K, Long> counts, int n) {
		Map<K, Long> out = new java.util.LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<K, Long> comparingByValue().reversed()).limit(n)
				.forEach(e -> out.put(e.getKey(), e.getValue()));
		return out;
	}

	private static double share(long[] truth, long piece, long[] out, long label) {
		long n = 0, hit = 0;
		for (int i = 0; i < truth.length; i++)
			if (truth[i] == piece) {
				n++;
				hit += out[i] == label ? 1 : 0;
			}
		return hit / (double) Math.max(1, n);
	}

	/** What the net did on one piece of the next section. */
	private record Profile(long size, double tupleRight, double confidentWrong, double underOwnSeed, double border, long topWrongWord,
			double topWrongShare) {

		@Override
		public String toString() {
			return String.format("tuple right %.2f, confidently wrong %.2f, under its seed label in the seed section %.2f, "
					+ "at the border %.2f, commonest wrong word %d (%.2f of voxels)", tupleRight, confidentWrong, underOwnSeed, border,
					topWrongWord, topWrongShare);
		}
	}

	private Profile profile(Step step, long[] truth, long piece, Long label) {
		long size = 0, right = 0, confident = 0, under = 0, atBorder = 0;
		Map<Long, Long> wrongWords = new HashMap<>();
		for (int i = 0; i < truth.length; i++) {
			if (truth[i] != piece)
				continue;
			size++;
			atBorder += border(i) ? 1 : 0;
			if (label == null)
				continue;
			under += step.seeds()[i] == label ? 1 : 0;
			if (tupleRight(step, i, label))
				right++;
			else
				wrongWords.merge(step.code().decode(step.code().key(tuple(step, i))), 1L, Long::sum);
			confident += confidentWrong(step, i, label) ? 1 : 0;
		}
		var top = wrongWords.entrySet().stream().max(Map.Entry.comparingByValue());
		double n = Math.max(1, size);
		return new Profile(size, right / n, confident / n, under / n, atBorder / n, top.map(Map.Entry::getKey).orElse(-1L),
				top.map(Map.Entry::getValue).orElse(0L) / n);
	}

	private boolean border(int i) {
		int x = i % width, y = i / width, height = steps.get(0).seeds().length / width;
		return Math.min(Math.min(x, width - 1 - x), Math.min(y, height - 1 - y)) < BORDER;
	}

	private static int[] tuple(Step step, int i) {
		int[] tuple = new int[step.code().digits()];
		for (int d = 0; d < tuple.length; d++)
			tuple[d] = step.argmax()[d][i];
		return tuple;
	}

	private static boolean tupleRight(Step step, int i, long label) {
		int[] tuple = tuple(step, i);
		for (int d = 0; d < tuple.length; d++)
			if (tuple[d] != step.code().colour(label, d))
				return false;
		return true;
	}

	private static boolean confidentWrong(Step step, int i, long label) {
		int plane = step.seeds().length;
		int[] tuple = tuple(step, i);
		for (int d = 0; d < tuple.length; d++)
			if (tuple[d] != step.code().colour(label, d) && step.probabilities()[d][tuple[d] * plane + i] >= CONFIDENT)
				return true;
		return false;
	}

	private static boolean allConfident(Step step, int i) {
		int plane = step.seeds().length;
		int[] tuple = tuple(step, i);
		for (int d = 0; d < tuple.length; d++)
			if (step.probabilities()[d][tuple[d] * plane + i] < CONFIDENT)
				return false;
		return true;
	}
}
