package connectomej.track;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.metrics.SegmentationScores;
import connectomej.nn.MembraneMaps;
import connectomej.nn.MembranePredictor;
import connectomej.progress.ProgressListener;
import connectomej.segment.WatershedSettings;
import connectomej.synth.SynthSettings;
import connectomej.synth.SyntheticEm;
import connectomej.synth.SyntheticVolume;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Issue 6 acceptance: 3C seeded with the ground truth of the first section, on synthetic TEM stacks of 32 sections
 * (seeds given as arguments, never used in training) and on a gala FIB-SEM volume. Arguments: model, redundant
 * digits, decoding, minimum agreement, [gala=FILE: the gala volume, default test.h5, "-" = none], [map=FILE:/DATASET: the
 * boundary map of the gala volume, default its own /boundary_prob], [supervoxels=FILE:/DATASET: the gala volume's
 * supervoxels for {@code sv}], [min-size=N: the sweep's smallest new object, voxels, default 20],
 * [entering=FILE:/DATASET:WINDOW: a 3D segmentation of the gala volume whose entering segments start objects for
 * WINDOW sections, {@link EnteringHints}; gala only], [persist=FILE:/DATASET: a 3D over-segmentation of the gala volume
 * whose fragments keep the object of their first section, {@link FragmentPersistence}; gala only], [entering-share=S:
 * a region at least this share over uncoloured seed voxels starts a new object, {@link EnteringRegions}], [erase=T: a {@code map}-like decoding erases seeds above T instead of
 * above its BOUNDARY; above 1 = none], [mix=BAND or SEEDS: perfect colours in place of the network's over the seeds'
 * erased band or over coloured seeds, {@link MixedColours} (session 15)], [compare=FILE:/DATASET: gala only, also scores
 * 3C and this segmentation on the first 2, 3, 5, 10, ... sections (session 15)], [reseed=FILE:/DATASET:EVERY:SHARE:MUTUAL:
 * gala only, every EVERY-th section re-seeded by this segmentation's pieces, {@link ReseededSections} (session 19)],
 * [save=FILE:/DATASET: gala only, writes the tracked volume], [snap=FILE:/DATASET: gala only, the result snapped to
 * these 3D supervoxels, {@link SupervoxelVote} (session 23)], [snap=watershed:SEED_THRESHOLD[:per-section]: synthetic
 * stacks only, the result snapped to the watershed supervoxels of the shipped U-Net's membranes (session 23)], [sweep=z|y|x: gala only, the axis the sweep follows,
 * {@link SweepAxis}; every gala volume and hint is seen through it (session 21)], [axes=AXIS,...:SHARE: gala only,
 * sweeps along these axes too, each joined to the sweeps before at SHARE by {@link ForwardBackwardJoin}; not with
 * supervoxels= (session 21)], [stride=S: gala only, every S-th section along the sweep, a diagnostic of how the error
 * grows with the number of steps (session 22)], [score-every=S: gala only, the result also scored on every S-th section
 * (session 22)], [ensemble=MODEL,MODEL...: the mean of these models' and the first model's colours,
 * {@link ColourModel#averagedWith} (session 20)], [dihedral=true: each prediction averaged over the eight flips and
 * transpositions, {@link ColourModel#withDihedralAveraging}; after {@code ensemble=} it averages
 * the ensemble (session 20)], [backward=SHARE[:regions|:window=K]: a second sweep from the last section back, seeded
 * by the first sweep (or by the decoding's regions of the last section; or sweeps over windows of K sections), and
 * the two joined, {@link ForwardBackwardJoin} (session 20)],
 * [codes=N:SHARE: gala only, N forward sweeps with different code words, each joined to those before at SHARE by
 * {@link ForwardBackwardJoin} (session 20)], [also=MODEL,...:SHARE: gala only, forward sweeps with these nets too, each
 * joined in turn at SHARE (session 20)], synthetic seeds...
 * Decoding:
 * {@code voxel} (per voxel), {@code em} ({@link EmRegions}), {@code prob} (the session-2 decoding: {@link
 * ProbabilityRegions} of gala's /boundary_prob on gala, {@link EmRegions} on synthetic stacks), or
 * {@code map:BOUNDARY:MIN_OVERLAP:SECONDARY:SEED_THRESHOLD:SEED_DISTANCE[:CONFIDENT_VOTE[:MAXIMA_SMOOTHING[:VOXEL_CONFIDENCE]]]} (session 3: regions of gala's /boundary_prob or, on synthetic stacks, of
 * membranes predicted by the shipped U-Net, watershed seeds below SEED_THRESHOLD at least SEED_DISTANCE voxels from
 * the rest; seeds erased and votes limited at BOUNDARY; {@link RegionAssignment}
 * with MIN_OVERLAP (0 = none), SECONDARY (a {@link RegionAssignment.Secondary}) and CONFIDENT_VOTE (session 8;
 * default none; above 1 = none); MAXIMA_SMOOTHING (session 8, default 0) seeds the regions at smoothed distance maxima;
 * VOXEL_CONFIDENCE (session 8, default 2 = none) lets confident voxels keep their own decoding, {@link
 * CrossClassificationTracker#keepConfidentVoxels}), or {@code truthmap:...} (the same
 * with the generator's membrane mask in place of the U-Net's map, on synthetic stacks: an oracle for the regions), or
 * {@code oracle} ({@link OracleTracker}: the truth's own colours, no network), or {@code oraclecolours:...} (the
 * {@code map} decoding fed perfect colours, {@link OracleColours}), or {@code truthoracle:...} (both: perfect colours
 * and the generator's membrane mask), or {@code sv:BOUNDARY:MIN_OVERLAP:SECONDARY} (session 8, gala only: the {@code map}
 * decoding over the sections of the given 3D supervoxels, {@link SupervoxelRegions}), or {@code oraclesv:...} (the same
 * fed perfect colours), or {@code nearestcolours:...} (the {@code map} decoding fed the colour of each voxel's nearest
 * seed label, no network, {@link NearestSeedColours}; {@code reach=N} limits how far, session 20), or {@code floodcolours:...}
 * (the same with the band resolved by flooding the next map, {@link FloodedSeedColours}; {@code flood=MARKER:RIDGE}, default
 * 0.3:0.7, session 20). Prints VI, adapted Rand error and {@link FollowedObjects}, on the
 * ground-truth ids and on their {@link ConnectedPieces}.
 */
public final class TrackAcceptance {

	/** The sweep's smallest new object or stray region kept, voxels per section ({@code min-size=}, default 20). */
	private static int minObjectSize = 20;
	/** A 3D segmentation whose entering segments start objects ({@code entering=FILE:/DATASET:WINDOW}), or null. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> enteringSegments;
	private static int enteringWindow;
	/** The seeds' erasure threshold of a {@code map}-like decoding ({@code erase=}; default its BOUNDARY; above 1 = none). */
	private static double eraseAbove = Double.NaN;
	/** A 3D over-segmentation whose fragments keep one object ({@code persist=FILE:/DATASET}, session 14), or null. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> persistentFragments;
	/** Regions mostly over the seed's uncoloured voxels start new objects ({@code entering-share=S}, session 14); NaN = off. */
	private static double enteringShare = Double.NaN;
	/** Perfect colours on one class of voxels ({@code mix=}; default none). */
	private static MixedColours.Where mix;
	/** A segmentation scored beside 3C on the first sections, and where it was read ({@code compare=FILE:/DATASET}). */
	private static RandomAccessibleInterval<? extends IntegerType<?>> compared;
	private static String compareAt;
	/**
	 * A segmentation whose sections re-seed the sweep ({@code reseed=FILE:/DATASET:EVERY:SHARE:MUTUAL}; MUTUAL true, false
	 * or keep: mutual, and unlinked pieces keep the tracker's labels; session 19), or null.
	 */
	private static RandomAccessibleInterval<? extends IntegerType<?>> reseedFrom;
	private static int reseedEvery;
	private static double reseedShare;
	private static boolean reseedMutual, reseedKeep;
	/** How far {@code nearestcolours} carries a seed's colour, 8-connected steps ({@code reach=N}, session 20; default no limit). */
	private static int nearestReach = Integer.MAX_VALUE;
	/** {@code floodcolours}' marker and ridge thresholds on the next map ({@code flood=MARKER:RIDGE}, session 20). */
	private static double floodMarker = 0.3, floodRidge = 0.7;
	/** Other nets whose forward sweeps are joined to the first net's at {@link #otherModelsShare} ({@code also=MODEL,...:SHARE}, session 20). */
	private static final java.util.List<ColourModel> otherModels = new java.util.ArrayList<>();
	private static double otherModelsShare;
	/** Forward sweeps with this many code draws, joined at {@link #codesShare} ({@code codes=N:SHARE}, session 20); 1 = one sweep. */
	private static int codeDraws = 1;
	private static double codesShare;
	/** The seed of the code words of the next sweep. */
	private static long codeSeed = 1;
	/** Objects of a forward and a backward sweep joined at this share ({@code backward=SHARE}, session 20); NaN = off. */
	private static double backwardShare = Double.NaN;
	/** The backward sweep is seeded by the decoding's regions of the last section, not by the forward sweep ({@code backward=SHARE:regions}). */
	private static boolean backwardFromRegions;
	/** Backward sweeps over windows of this many sections, each joined in turn ({@code backward=SHARE:window=K}); 0 = one sweep. */
	private static int backwardWindow;
	/** 3D supervoxels of the gala volume that the result is snapped to, {@link SupervoxelVote} ({@code snap=FILE:/DATASET}, session 23). */
	private static String snapTo;
	/**
	 * Synthetic stacks: the result snapped to the watershed supervoxels of the shipped U-Net's membranes with these
	 * settings ({@code snap=watershed:SEED_THRESHOLD[:per-section]}, session 23); null = not.
	 */
	private static WatershedSettings snapWatershed;
	/** Where to write the tracked gala volume ({@code save=FILE:/DATASET}; default nowhere). */
	private static String saveAt;
	/** The axis the gala sweep follows ({@code sweep=z|y|x}, session 21); every gala volume is seen through it. */
	private static SweepAxis sweepAxis = SweepAxis.Z;
	/** Every how many sections along the sweep the gala volume is seen ({@code stride=S}, session 22). */
	private static int stride = 1;
	/** Also score the result on every S-th section alone ({@code score-every=S}, session 22); 0 = not. */
	private static int scoreEvery;
	/** Sweeps along these other axes, each joined to the sweeps before at {@link #otherAxesShare} ({@code axes=y,x:SHARE}, session 21). */
	private static final java.util.List<SweepAxis> otherAxes = new java.util.ArrayList<>();
	private static double otherAxesShare;

	public static void main(String[] args) throws Exception {
		ColourModel model = ColourModel.load(Path.of(args[0]));
		int redundant = Integer.parseInt(args[1]);
		String decoding = args[2];
		double agreement = Double.parseDouble(args[3]);
		int first = 4;
		String galaFile = "../shared/data/gala_fibsem/test.h5", mapLocation = null, supervoxelLocation = null;
		for (; first < args.length && args[first].contains("="); first++)
			if (args[first].startsWith("gala="))
				galaFile = args[first].substring(5);
			else if (args[first].startsWith("map="))
				mapLocation = args[first].substring(4);
			else if (args[first].startsWith("supervoxels="))
				supervoxelLocation = args[first].substring(12);
			else if (args[first].startsWith("flood=")) {
				String[] f = args[first].substring(6).split(":");
				floodMarker = Double.parseDouble(f[0]);
				floodRidge = Double.parseDouble(f[1]);
			} else if (args[first].startsWith("reach="))
				nearestReach = Integer.parseInt(args[first].substring(6));
			else if (args[first].startsWith("also=")) {
				String spec = args[first].substring(5);
				for (String f : spec.substring(0, spec.lastIndexOf(':')).split(","))
					otherModels.add(ColourModel.load(Path.of(f)));
				otherModelsShare = Double.parseDouble(spec.substring(spec.lastIndexOf(':') + 1));
			} else if (args[first].startsWith("codes=")) {
				String[] f = args[first].substring(6).split(":");
				codeDraws = Integer.parseInt(f[0]);
				codesShare = Double.parseDouble(f[1]);
			} else if (args[first].startsWith("backward=")) {
				String[] f = args[first].substring(9).split(":");
				backwardShare = Double.parseDouble(f[0]);
				backwardFromRegions = f.length > 1 && f[1].equals("regions");
				backwardWindow = f.length > 1 && f[1].startsWith("window=") ? Integer.parseInt(f[1].substring(7)) : 0;
				if (f.length > 1 && !backwardFromRegions && backwardWindow <= 0)
					throw new IllegalArgumentException("backward=SHARE may be followed by :regions or :window=K (K >= 1), not :" + f[1]);
			}
			else if (args[first].equals("dihedral=true"))
				model = model.withDihedralAveraging();
			else if (args[first].startsWith("ensemble=")) {
				java.util.List<ColourModel> others = new java.util.ArrayList<>();
				for (String f : args[first].substring(9).split(","))
					others.add(ColourModel.load(Path.of(f)));
				model = model.averagedWith(others);
			} else if (args[first].startsWith("min-size="))
				minObjectSize = Integer.parseInt(args[first].substring(9));
			else if (args[first].startsWith("erase="))
				eraseAbove = Double.parseDouble(args[first].substring(6));
			else if (args[first].startsWith("entering-share="))
				enteringShare = Double.parseDouble(args[first].substring(15));
			else if (args[first].startsWith("mix="))
				mix = MixedColours.Where.valueOf(args[first].substring(4));
			else if (args[first].startsWith("compare=")) {
				compareAt = args[first].substring(8);
				compared = LabelVolumes.of(VolumeFiles.read(compareAt).data(), Path.of(compareAt));
			} else if (args[first].startsWith("save="))
				saveAt = args[first].substring(5);
			else if (args[first].startsWith("snap=watershed:")) {
				String[] f = args[first].substring(15).split(":");
				snapWatershed = new WatershedSettings(Double.parseDouble(f[0]), 0, f.length > 1 && f[1].equals("per-section"));
			} else if (args[first].startsWith("snap="))
				snapTo = args[first].substring(5);
			else if (args[first].startsWith("sweep="))
				sweepAxis = SweepAxis.of(args[first].substring(6));
			else if (args[first].startsWith("score-every="))
				scoreEvery = Integer.parseInt(args[first].substring(12));
			else if (args[first].startsWith("stride="))
				stride = Integer.parseInt(args[first].substring(7));
			else if (args[first].startsWith("axes=")) {
				String spec = args[first].substring(5);
				for (String a : spec.substring(0, spec.lastIndexOf(':')).split(","))
					otherAxes.add(SweepAxis.of(a));
				otherAxesShare = Double.parseDouble(spec.substring(spec.lastIndexOf(':') + 1));
			}
			else if (args[first].startsWith("reseed=")) {
				String[] f = args[first].substring(7).split(":");
				int n = f.length;
				String location = String.join(":", java.util.Arrays.copyOf(f, n - 3));
				reseedFrom = Views.zeroMin(LabelVolumes.of(VolumeFiles.read(location).data(), Path.of(location)));
				reseedEvery = Integer.parseInt(f[n - 3]);
				reseedShare = Double.parseDouble(f[n - 2]);
				if (!java.util.List.of("true", "false", "keep").contains(f[n - 1]))
					throw new IllegalArgumentException("reseed MUTUAL must be true, false or keep, not " + f[n - 1]);
				reseedMutual = !f[n - 1].equals("false");
				reseedKeep = f[n - 1].equals("keep");
			} else if (args[first].startsWith("persist=")) {
				String location = args[first].substring(8);
				persistentFragments = Views.zeroMin(LabelVolumes.of(VolumeFiles.read(location).data(), Path.of(location)));
			} else if (args[first].startsWith("entering=")) {
				String location = args[first].substring(9, args[first].lastIndexOf(':'));
				enteringWindow = Integer.parseInt(args[first].substring(args[first].lastIndexOf(':') + 1));
				enteringSegments = Views.zeroMin(LabelVolumes.of(VolumeFiles.read(location).data(), Path.of(location)));
			}
			else
				throw new IllegalArgumentException("unknown option " + args[first]);
		if (!galaFile.equals("-")) {
			Gala gala = Gala.read(galaFile, mapLocation).sweptAlong(sweepAxis).everySection(stride);
			var regions = supervoxelLocation == null ? null
					: sweepAxis.sections(LabelVolumes.of(VolumeFiles.read(supervoxelLocation).data(), Path.of(supervoxelLocation)));
			seeHintsAlongSweep();
			if (regions != null && !otherAxes.isEmpty())
				throw new IllegalArgumentException("axes= cannot be combined with supervoxels=");
			if (regions != null && !Double.isNaN(backwardShare))
				throw new IllegalArgumentException("backward= cannot be combined with supervoxels= (the backward sweep has no supervoxels)");
			var out = run(model, redundant, decoding, agreement, gala.raw(), gala.gt(), gala.map(), regions, false);
			for (codeSeed = 2; codeSeed <= codeDraws; codeSeed++) {
				report(gala.name() + " code draw " + (codeSeed - 1), out, gala.gt());
				var again = run(model, redundant, decoding, agreement, gala.raw(), gala.gt(), gala.map(), regions, false);
				report(gala.name() + " code draw " + codeSeed + " alone", again, gala.gt());
				out = ForwardBackwardJoin.join(out, again, codesShare);
			}
			codeSeed = 1;
			for (ColourModel other : otherModels) {
				report(gala.name() + " joined so far", out, gala.gt());
				var again = run(other, redundant, decoding, agreement, gala.raw(), gala.gt(), gala.map(), regions, false);
				report(gala.name() + " another net alone", again, gala.gt());
				out = ForwardBackwardJoin.join(out, again, otherModelsShare);
			}
			for (SweepAxis axis : otherAxes) {
				report(gala.name() + " joined so far", out, gala.gt());
				Gala across = Gala.read(galaFile, mapLocation).sweptAlong(axis);
				var again = run(model, redundant, decoding, agreement, across.raw(), across.gt(), across.map(), null, false);
				report(across.name() + " alone", again, across.gt());
				out = ForwardBackwardJoin.join(out, sweepAxis.sections(axis.volume(again)), otherAxesShare);
			}
			if (!Double.isNaN(backwardShare))
				out = joinedWithBackwardSweep(model, redundant, decoding, agreement, gala, out);
			if (snapTo != null)
				out = snapped(out, sweepAxis.sections(LabelVolumes.of(VolumeFiles.read(snapTo).data(), Path.of(snapTo))), gala);
			report(gala.name(), out, gala.gt());
			if (scoreEvery > 1)
				report(gala.name() + " scored on every " + scoreEvery + " sections", Views.subsample(out, 1, 1, scoreEvery),
						Views.subsample(gala.gt(), 1, 1, scoreEvery));
			if (saveAt != null)
				VolumeFiles.write(new Volume<>(sweepAxis.volume(out), VoxelSize.UNIT), saveAt);
			if (compared != null)
				reportByDepth(gala, out);
		}
		persistentFragments = null;
		reseedFrom = null;
		enteringSegments = null; // the hints belong to the gala volume, not to the synthetic stacks
		for (int i = first; i < args.length; i++) {
			SyntheticVolume v = new SyntheticEm(SynthSettings.anisotropicTem(256, 256, 32, Long.parseLong(args[i]))).generateVolume();
			var membranes = decoding.startsWith("truthmap") || decoding.startsWith("truthoracle") ? truthMembranes(v)
					: decoding.startsWith("map") || decoding.startsWith("oraclecolours") ? membranes(v) : null;
			var tracked = run(model, redundant, decoding, agreement, v.raw().data(), v.neurons().data(), membranes, null, true);
			if (!Double.isNaN(backwardShare) && membranes != null)
				tracked = joinedWithBackwardSweep(model, redundant, decoding, agreement,
						new Gala("synthetic seed " + args[i], Views.zeroMin(v.raw().data()), Views.zeroMin(v.neurons().data()), Views.zeroMin(membranes)), tracked);
			if (snapWatershed != null)
				tracked = snapped(tracked, watershed(membranes != null ? membranes : membranes(v), v.raw().voxelSize()),
						new Gala("synthetic seed " + args[i], null, Views.zeroMin(v.neurons().data()), null));
			report("synthetic seed " + args[i], tracked, v.neurons().data());
		}
	}

	/** A gala volume (x, y, z, zero-based): EM, ground truth (0 = boundary) and a boundary map. */
	record Gala(String name, RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> gt,
			RandomAccessibleInterval<? extends RealType<?>> map) {

		/** Reads {@code file}'s /raw and /gt, and {@code mapLocation} (null = the file's own /boundary_prob). */
		static Gala read(String file, String mapLocation) throws java.io.IOException {
			Path gala = Path.of(file);
			return new Gala("gala " + gala.getFileName(), Views.zeroMin(Hdf5Volumes.read(gala, "/raw").data()),
					Views.zeroMin(LabelVolumes.of(Hdf5Volumes.read(gala, "/gt").data(), gala)),
					Views.zeroMin(VolumeFiles.read(mapLocation == null ? gala + ":/boundary_prob" : mapLocation).data()));
		}

		/** Every {@code step}-th section along the last axis (the sweep's), from the first. */
		Gala everySection(int step) {
			if (step == 1)
				return this;
			if (reseedFrom != null || persistentFragments != null || enteringSegments != null || compared != null || !otherAxes.isEmpty())
				throw new IllegalArgumentException("stride= cannot be combined with hints or axes=");
			long[] steps = { 1, 1, step };
			return new Gala(name + " every " + step + " sections", Views.zeroMin(Views.subsample(raw, steps)),
					Views.zeroMin(Views.subsample(gt, steps)), Views.zeroMin(Views.subsample(map, steps)));
		}

		/** The same volume seen with {@code axis} last, the axis the sweep follows. */
		Gala sweptAlong(SweepAxis axis) {
			return axis == SweepAxis.Z ? this
					: new Gala(name + " swept along " + axis.name().toLowerCase(), axis.sections(raw), axis.sections(gt), axis.sections(map));
		}
	}

	/** The watershed supervoxels ({@link #snapWatershed}) of a membrane map, one block. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> watershed(RandomAccessibleInterval<? extends RealType<?>> membranes,
			VoxelSize voxelSize) {
		var labels = ArrayImgs.unsignedLongs(membranes.dimensionsAsLongArray());
		ExecutorService executor = Executors.newFixedThreadPool(1);
		connectomej.segment.BlockwiseWatershed.watershed(Views.zeroMin(membranes), labels, voxelSize, snapWatershed,
				membranes.dimensionsAsLongArray(), new long[3], executor);
		executor.shutdown();
		return labels;
	}

	/** A copy of {@code tracked} snapped to {@code supervoxels} ({@link SupervoxelVote}); the labels before are reported. */
	private static RandomAccessibleInterval<? extends IntegerType<?>> snapped(RandomAccessibleInterval<? extends IntegerType<?>> tracked,
			RandomAccessibleInterval<? extends IntegerType<?>> supervoxels, Gala gala) {
		report(gala.name() + " before snapping to supervoxels", tracked, gala.gt());
		var copy = ArrayImgs.unsignedLongs(tracked.dimensionsAsLongArray());
		net.imglib2.loops.LoopBuilder.setImages(Views.zeroMin(tracked), copy).forEachPixel((from, to) -> to.setInteger(from.getIntegerLong()));
		SupervoxelVote.snap(copy, Views.zeroMin(supervoxels));
		return copy;
	}

	/** The gala hints given as options (compare=, reseed=, persist=, entering=) seen along the sweep axis. */
	private static void seeHintsAlongSweep() {
		if (compared != null)
			compared = sweepAxis.sections(compared);
		if (reseedFrom != null)
			reseedFrom = sweepAxis.sections(reseedFrom);
		if (persistentFragments != null)
			persistentFragments = sweepAxis.sections(persistentFragments);
		if (enteringSegments != null)
			enteringSegments = sweepAxis.sections(enteringSegments);
	}

	/**
	 * The forward sweep {@code forward} joined with a sweep the other way along z seeded by its last section
	 * ({@link ForwardBackwardJoin}); both sweeps are reported first.
	 */
	private static RandomAccessibleInterval<? extends IntegerType<?>> joinedWithBackwardSweep(ColourModel model, int redundant, String decoding,
			double agreement, Gala gala, RandomAccessibleInterval<? extends IntegerType<?>> forward) {
		if (reseedFrom != null || persistentFragments != null || enteringSegments != null)
			throw new IllegalArgumentException("backward= cannot be combined with reseed=, persist= or entering=");
		report(gala.name() + " forward sweep", forward, gala.gt());
		if (backwardWindow > 0)
			return joinedWithBackwardWindows(model, redundant, decoding, agreement, gala, forward);
		RandomAccessibleInterval<? extends IntegerType<?>> seeds = backwardFromRegions ? lastSectionRegions(decoding, gala)
				: Views.zeroMin(Views.invertAxis(forward, 2));
		var backward = Views.zeroMin(Views.invertAxis(run(model, redundant, decoding, agreement, Views.zeroMin(Views.invertAxis(gala.raw(), 2)),
				seeds, Views.zeroMin(Views.invertAxis(gala.map(), 2)), null, false), 2));
		report(gala.name() + " backward sweep", backward, gala.gt());
		return ForwardBackwardJoin.join(forward, backward, backwardShare);
	}

	/**
	 * {@code forward} joined in turn with backward sweeps over sections [e - K, e] for e = K, 2K, ... and the last
	 * section (K = {@link #backwardWindow}), each seeded by section e of the labels joined so far: a short sweep
	 * carries few errors of its own, and a split inside its window is joined.
	 */
	private static RandomAccessibleInterval<? extends IntegerType<?>> joinedWithBackwardWindows(ColourModel model, int redundant, String decoding,
			double agreement, Gala gala, RandomAccessibleInterval<? extends IntegerType<?>> forward) {
		RandomAccessibleInterval<? extends IntegerType<?>> joined = forward;
		long last = gala.raw().max(2);
		for (long end = Math.min(backwardWindow, last);; end = Math.min(end + backwardWindow, last)) {
			long start = Math.max(0, end - backwardWindow);
			long[] min = { 0, 0, start }, max = { gala.raw().max(0), gala.raw().max(1), end };
			var window = run(model, redundant, decoding, agreement, reversed(Views.interval(gala.raw(), min, max)),
					reversed(Views.interval(joined, min, max)), reversed(Views.interval(gala.map(), min, max)), null, false);
			var backward = ArrayImgs.unsignedLongs(forward.dimensionsAsLongArray());
			net.imglib2.loops.LoopBuilder.setImages(reversed(window), Views.zeroMin(Views.interval(backward, min, max)))
					.forEachPixel((from, to) -> to.setInteger(from.getIntegerLong()));
			joined = ForwardBackwardJoin.join(joined, backward, backwardShare);
			if (end == last)
				return joined;
		}
	}

	/** {@code v} with z reversed, zero-based. */
	private static <T> RandomAccessibleInterval<T> reversed(RandomAccessibleInterval<T> v) {
		return Views.zeroMin(Views.invertAxis(v, 2));
	}

	/** The {@code map} decoding's regions of gala's last section as a 2D label image (voxels that do not vote: 0). */
	private static RandomAccessibleInterval<net.imglib2.type.numeric.integer.UnsignedLongType> lastSectionRegions(String decoding, Gala gala) {
		long last = gala.raw().max(2);
		int w = Sections.width(gala.raw()), h = Sections.height(gala.raw());
		int[] regions = mapRegions(decoding.split(":"), gala.map()).regions(last, Sections.em(gala.raw(), last), w, h);
		long[] labels = new long[regions.length];
		for (int i = 0; i < regions.length; i++)
			labels[i] = Math.max(regions[i], 0);
		return ArrayImgs.unsignedLongs(labels, w, h);
	}

	/** Membranes of the stack predicted by the shipped U-Net. */
	static RandomAccessibleInterval<net.imglib2.type.numeric.real.FloatType> membranes(SyntheticVolume v) throws Exception {
		var out = ArrayImgs.floats(v.raw().data().dimensionsAsLongArray());
		ExecutorService executor = Executors.newFixedThreadPool(1);
		MembranePredictor.withDl4j(MembraneMaps.loadModel(Path.of("src/main/resources/models/membrane-unet.zip")), 1).predict(v.raw(), out,
				executor);
		executor.shutdown();
		return out;
	}

	/** The generator's own membrane mask (1 = membrane) as a map: an oracle for the regions of the map decoding. */
	static RandomAccessibleInterval<net.imglib2.type.numeric.real.FloatType> truthMembranes(SyntheticVolume v) {
		var out = ArrayImgs.floats(v.raw().data().dimensionsAsLongArray());
		var c = Views.flatIterable(v.membranes().data()).cursor();
		for (var t : out)
			t.set(c.next().get() != 0 ? 1 : 0);
		return out;
	}

	/** {@link #report} of the tracked volume and of the {@code compare=} segmentation on the first 2, 3, 5, 10, 20, ... sections. */
	private static void reportByDepth(Gala gala, RandomAccessibleInterval<? extends IntegerType<?>> out) {
		for (int depth : new int[] { 2, 3, 5, 10, 20, 30, 40 }) {
			if (depth >= out.dimension(2))
				return;
			long[] min = new long[3], max = { out.max(0), out.max(1), depth - 1 };
			var truth = Views.interval(gala.gt(), min, max);
			report(gala.name() + " sections 0-" + (depth - 1), Views.interval(out, min, max), truth);
			report("  " + compareAt + " sections 0-" + (depth - 1), Views.interval(Views.zeroMin(compared), min, max), truth);
		}
	}

	static void report(String name, RandomAccessibleInterval<? extends IntegerType<?>> tracked, RandomAccessibleInterval<? extends IntegerType<?>> gt) {
		SegmentationScores s = SegmentationScores.evaluate(tracked, gt);
		System.out.printf("%s: VI split %.4f merge %.4f (gt 0 ignored) ARAND %.4f, segments %d%n", name, s.voiForeground().split(),
				s.voiForeground().merge(), s.adaptedRand().error(), s.segmentLabels());
		FollowedObjects f = FollowedObjects.count(tracked, gt, 20, 0.8);
		var pieces = ArrayImgs.unsignedLongs(gt.dimensionsAsLongArray());
		ConnectedPieces.relabel(gt, pieces);
		FollowedObjects p = FollowedObjects.count(tracked, pieces, 20, 0.8);
		System.out.printf("%s: followed %d / %d objects of the first section (spanning all sections: %d / %d); "
				+ "connected pieces: %d / %d (spanning %d / %d)%n", name, f.followed(), f.objects(), f.spanningFollowed(), f.spanning(),
				p.followed(), p.objects(), p.spanningFollowed(), p.spanning());
	}

	static RandomAccessibleInterval<? extends IntegerType<?>> run(ColourModel model, int redundant, String decoding, double agreement,
			RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> gt,
			RandomAccessibleInterval<? extends RealType<?>> boundaryMap, RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
			boolean synthetic) {
		return run(model, redundant, decoding, agreement, raw, gt, boundaryMap, supervoxels, synthetic, (code, seeds, probabilities) -> {});
	}

	/** As above; {@code observer} sees the colour network's probabilities of every step (not called by the oracles). */
	static RandomAccessibleInterval<? extends IntegerType<?>> run(ColourModel model, int redundant, String decoding, double agreement,
			RandomAccessibleInterval<? extends RealType<?>> raw, RandomAccessibleInterval<? extends IntegerType<?>> gt,
			RandomAccessibleInterval<? extends RealType<?>> boundaryMap, RandomAccessibleInterval<? extends IntegerType<?>> supervoxels,
			boolean synthetic, CrossClassificationTracker.ProbabilityObserver observer) {
		var out = ArrayImgs.unsignedLongs(raw.dimensionsAsLongArray());
		if (decoding.equals("oracle")) {
			SectionSweep.track(new OracleTracker(Views.zeroMin(gt)), Views.zeroMin(raw), Views.zeroMin(gt), out, minObjectSize, ProgressListener.NONE);
			return out;
		}
		var tracker = new CrossClassificationTracker(model, 0, redundant, agreement, codeSeed)
				.observe(mix == null ? observer : new MixedColours(Views.zeroMin(gt), mix));
		if (model.maps() > 0 && boundaryMap != null)
			tracker.readBoundaryMap(Views.zeroMin(boundaryMap));
		if (model.ahead() > 0)
			tracker.readAheadSections(Views.zeroMin(raw));
		SectionRegions regions = null;
		BoundarySeeds erasure = null;
		if (decoding.startsWith("sv:") || decoding.startsWith("oraclesv:")) {
			String[] p = decoding.split(":");
			double boundary = Double.parseDouble(p[1]), overlap = Double.parseDouble(p[2]);
			regions = new SupervoxelRegions(supervoxels, boundaryMap, boundary);
			erasure = boundary <= 1 ? new BoundarySeeds(boundaryMap, boundary) : null;
			tracker.assignRegions(assignment(p, overlap, 2));
			if (decoding.startsWith("oraclesv:")) {
				SectionSweep.track(hinted(new OracleColours(Views.zeroMin(gt), model.colours(), redundant, agreement, assignment(p, overlap, 2), 2)),
						regions, erasure, Views.zeroMin(raw), Views.zeroMin(gt), out, minObjectSize, ProgressListener.NONE);
				return out;
			}
		} else if (decoding.startsWith("map") || decoding.startsWith("truthmap") || decoding.startsWith("oraclecolours") || decoding.startsWith("nearestcolours")
				|| decoding.startsWith("floodcolours")
				|| decoding.startsWith("truthoracle")) {
			String[] p = decoding.split(":");
			double boundary = Double.parseDouble(p[1]);
			regions = mapRegions(p, boundaryMap);
			double erase = Double.isNaN(eraseAbove) ? boundary : eraseAbove;
			erasure = erase <= 1 ? new BoundarySeeds(boundaryMap, erase) : null;
			RegionAssignment assignment = mapAssignment(p);
			double voxelConfidence = voxelConfidence(p);
			tracker.assignRegions(assignment).keepConfidentVoxels(voxelConfidence);
			if (decoding.startsWith("floodcolours")) {
				SectionSweep.track(hinted(new FloodedSeedColours(Views.zeroMin(boundaryMap), model.colours(), redundant, agreement, assignment, voxelConfidence,
						floodMarker, floodRidge)), regions, erasure, Views.zeroMin(raw), Views.zeroMin(gt), out, minObjectSize, ProgressListener.NONE);
				return out;
			}
			if (decoding.startsWith("nearestcolours")) {
				SectionSweep.track(hinted(new NearestSeedColours(model.colours(), redundant, agreement, assignment, voxelConfidence, nearestReach)),
						regions, erasure, Views.zeroMin(raw), Views.zeroMin(gt), out, minObjectSize, ProgressListener.NONE);
				return out;
			}
			if (decoding.startsWith("oraclecolours") || decoding.startsWith("truthoracle")) {
				SectionSweep.track(hinted(new OracleColours(Views.zeroMin(gt), model.colours(), redundant, agreement, assignment, voxelConfidence)),
						regions, erasure, Views.zeroMin(raw), Views.zeroMin(gt), out, minObjectSize, ProgressListener.NONE);
				return out;
			}
		} else {
			tracker.eraseDarkestSeeds(Sections.zeroShare(Sections.labels(gt, gt.min(2))));
			if (decoding.equals("em") || decoding.equals("prob") && synthetic)
				regions = EmRegions.defaults();
			else if (decoding.equals("prob"))
				regions = new ProbabilityRegions(boundaryMap, 0.3, 1.5);
		}
		long start = System.nanoTime();
		SectionSweep.track(hinted(tracker), regions, erasure, Views.zeroMin(raw), Views.zeroMin(gt), out, minObjectSize, ProgressListener.NONE);
		System.out.printf("tracked %s in %.1f s%n", java.util.Arrays.toString(raw.dimensionsAsLongArray()), (System.nanoTime() - start) / 1e9);
		return out;
	}

	/** {@code tracker}, with {@link EnteringHints} when the {@code entering=} option is given. */
	private static SectionTracker hinted(SectionTracker tracker) {
		SectionTracker entering = Double.isNaN(enteringShare) ? tracker : new EnteringRegions(tracker, enteringShare);
		SectionTracker kept = persistentFragments == null ? entering : new FragmentPersistence(entering, persistentFragments, minObjectSize);
		SectionTracker reseeded = reseedFrom == null ? kept : new ReseededSections(kept, reseedFrom, reseedEvery, reseedShare, reseedMutual, reseedKeep);
		return enteringSegments == null ? reseeded : new EnteringHints(reseeded, enteringSegments, enteringWindow);
	}

	/** The regions of a {@code map}-like decoding's fields over {@code boundaryMap}. */
	static ProbabilityRegions mapRegions(String[] fields, RandomAccessibleInterval<? extends RealType<?>> boundaryMap) {
		return new ProbabilityRegions(boundaryMap, Double.parseDouble(fields[4]), Double.parseDouble(fields[5]), Double.parseDouble(fields[1]),
				fields.length > 7 ? Double.parseDouble(fields[7]) : 0);
	}

	/** The {@link RegionAssignment} of a {@code map}-like decoding's fields, null for none. */
	static RegionAssignment mapAssignment(String[] fields) {
		return assignment(fields, Double.parseDouble(fields[2]), fields.length > 6 ? Double.parseDouble(fields[6]) : 2);
	}

	/** VOXEL_CONFIDENCE of a {@code map}-like decoding's fields; 2 = none. */
	static double voxelConfidence(String[] fields) {
		return fields.length > 8 ? Double.parseDouble(fields[8]) : 2;
	}

	/** The decoding's {@link RegionAssignment}: SECONDARY is field 3; null when MIN_OVERLAP is 0. */
	private static RegionAssignment assignment(String[] fields, double minOverlap, double confidentVote) {
		return minOverlap > 0 ? new RegionAssignment(minOverlap, RegionAssignment.Secondary.valueOf(fields[3]), confidentVote) : null;
	}
}
