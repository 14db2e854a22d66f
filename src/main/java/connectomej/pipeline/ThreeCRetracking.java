package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.track.BlockwiseTracking;
import connectomej.track.BoundarySeeds;
import connectomej.track.ColourModel;
import connectomej.track.CrossClassificationTracker;
import connectomej.track.EnteringRegions;
import connectomej.track.ProbabilityRegions;
import connectomej.track.RegionAssignment;
import connectomej.track.SectionTracker;
import connectomej.track.SupervoxelVote;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The 3C step of the slow pass (Meirovitch et al. 2016, arXiv 1612.02120; 3C: Meirovitch, Mi et al. 2018, arXiv
 * 1812.01157): re-tracks the fast pass's segments inside a box along z with cross-classification clustering, seeded
 * by the segments of the box's first section and decoded by the fast pass's 2D supervoxels (a per-section watershed
 * of the stored membranes), with the membranes erased from the seeds and the votes resolved by {@link RegionAssignment}
 * as a {@link Decoding} preset says, optionally snapped to the run's 3D supervoxels. The box is the whole volume or the
 * bounding box of the flagged objects. The result is the
 * dataset {@link #DATASET}: the segments, with the box replaced by the re-tracked labels (objects continuing a seed
 * keep its id; new objects get ids above every segment id).
 */
public final class ThreeCRetracking {

	/** The dataset written into the run's N5 container. */
	public static final String DATASET = "segments-3c";
	private static final int TILE = 256, HALO = 32;
	/** Region seeds of the decoding's per-section watershed: the membrane map below this. */
	private static final double REGION_SEEDS = 0.3;

	/**
	 * How the re-tracking decodes 3C's colours into objects; each preset was chosen on training data of its kind
	 * (ACCURACY.md, issue 6).
	 */
	public enum Decoding {
		/**
		 * Session 3's, chosen on synthetic 40 nm TEM stacks: membranes above 0.5 erased from the seeds and kept from the
		 * votes, the region assignment at 0.5, agreement 0.6, new objects of at least 20 voxels.
		 */
		TEM(0.5, CrossClassificationTracker.DEFAULT_MIN_AGREEMENT, 20, 0, 2),
		/**
		 * Chosen on gala FIB-SEM train (sessions 8-14; isotropic voxels, a 2.5D membrane map): membranes above 0.3
		 * erased, agreement 0.5, new objects of at least 5 voxels, a region mostly (0.3) over erased seeds starts a new
		 * object, voxels whose colours name an object at 0.9 keep it.
		 */
		FIBSEM(0.3, 0.5, 5, 0.3, 0.9);

		private static final double MIN_OVERLAP = 0.5;
		private final double boundary, minAgreement, enteringShare, voxelConfidence;
		private final int minSize;

		Decoding(double boundary, double minAgreement, int minSize, double enteringShare, double voxelConfidence) {
			this.boundary = boundary;
			this.minAgreement = minAgreement;
			this.minSize = minSize;
			this.enteringShare = enteringShare;
			this.voxelConfidence = voxelConfidence;
		}

		/** 3C with the region assignment; a model with a boundary-map input reads the tile's membranes. */
		private SectionTracker tracker(ColourModel model, RandomAccessibleInterval<FloatType> tileMembranes) {
			var tracker = new CrossClassificationTracker(model, 0, 1, minAgreement, 1)
					.assignRegions(new RegionAssignment(MIN_OVERLAP, RegionAssignment.Secondary.NEW_OBJECT)).keepConfidentVoxels(voxelConfidence);
			if (model.maps() > 0)
				tracker.readBoundaryMap(tileMembranes);
			return enteringShare > 0 ? new EnteringRegions(tracker, enteringShare) : tracker;
		}
	}

	private ThreeCRetracking() {}

	/**
	 * @param run the output folder of {@code connectomej run}
	 * @param model the 3C colour network
	 * @param objects segment ids whose bounding box (x, y, z) to re-track; empty = the whole volume
	 * @param decoding how colours become objects
	 * @param snap then each of the run's supervoxels takes, inside the box, the object most of its voxels were tracked to
	 *            ({@link SupervoxelVote}); this may change the box's first section too
	 * @return the re-tracked box
	 * @throws BadInputException when none of the objects is in the segments
	 */
	public static Interval retrack(Path run, ColourModel model, long[] objects, Decoding decoding, boolean snap, ProgressListener progress)
			throws IOException {
		N5Store store = N5Store.open(new OutputFolder(run).store());
		RandomAccessibleInterval<UnsignedLongType> segments = N5Images.open(store, PipelineDatasets.SEGMENTS, new UnsignedLongType());
		Interval box = objects.length == 0 ? new FinalInterval(segments) : ObjectBox.of(segments, objects);
		if (box == null)
			throw new BadInputException(run, "none of the " + objects.length + " flagged objects is in the segments");
		RandomAccessibleInterval<UnsignedLongType> tracked = Views.translate(ArrayImgs.unsignedLongs(box.dimensionsAsLongArray()), box.minAsLongArray());
		var raw = Views.interval(N5Images.open(store, PipelineDatasets.RAW, new UnsignedByteType()), box);
		var membranes = Views.interval(N5Images.open(store, PipelineDatasets.MEMBRANES, new FloatType()), box);
		var seeds = Views.interval(segments, new FinalInterval(new long[] { box.min(0), box.min(1), box.min(2) },
				new long[] { box.max(0), box.max(1), box.min(2) }));
		long maxSeed = ObjectBox.max(seeds), maxSegment = ObjectBox.max(segments);
		BlockwiseTracking.trackTiles(area -> decoding.tracker(model, Views.interval(membranes, area)),
				new ProbabilityRegions(membranes, REGION_SEEDS, 0, decoding.boundary), new BoundarySeeds(membranes, decoding.boundary), raw, seeds,
				tracked, TILE, HALO, decoding.minSize, progress);
		if (snap)
			SupervoxelVote.snap(tracked, Views.interval(N5Images.open(store, PipelineDatasets.SUPERVOXELS, new UnsignedLongType()), box));
		LoopBuilder.setImages(tracked).forEachPixel(t -> {
			if (t.get() > maxSeed)
				t.set(t.get() - maxSeed + maxSegment);
		});
		write(store, segments, tracked);
		return box;
	}

	/**
	 * The object ids of a candidates table (e.g. {@code connectomej mergenet detect}'s CSV), column {@code object_id}.
	 *
	 * @throws BadInputException naming the table when it has no such column, a row's id is not a number, or no row
	 */
	public static long[] flaggedObjects(Path csv) throws IOException {
		CsvTable table = CsvTables.read(csv);
		if (!table.columns().contains("object_id"))
			throw new BadInputException(csv, "no column object_id (columns: " + table.columns() + ")");
		long[] ids = new long[table.rows().size()];
		for (int r = 0; r < ids.length; r++)
			try {
				ids[r] = (long) table.number(r, "object_id");
			} catch (NumberFormatException e) {
				throw new BadInputException(csv, "object_id of row " + (r + 1) + " is not a number: " + table.text(r, "object_id"));
			}
		if (ids.length == 0)
			throw new BadInputException(csv, "no objects listed");
		return ids;
	}

	/** What a re-tracking did, in one line: the box (x, y, z, voxels, inclusive) and the dataset. */
	public static String summary(Interval box) {
		return "3C re-tracked " + java.util.Arrays.toString(box.minAsLongArray()) + " - " + java.util.Arrays.toString(box.maxAsLongArray())
				+ " into " + DATASET;
	}

	private static void write(N5Store store, RandomAccessibleInterval<UnsignedLongType> segments,
			RandomAccessibleInterval<UnsignedLongType> tracked) throws IOException {
		store.createDataset(DATASET, store.datasetAttributes(PipelineDatasets.SEGMENTS));
		RandomAccessibleInterval<UnsignedLongType> all = ArrayImgs.unsignedLongs(segments.dimensionsAsLongArray());
		LoopBuilder.setImages(Views.zeroMin(segments), all).forEachPixel((s, o) -> o.set(s));
		LoopBuilder.setImages(tracked, Views.interval(Views.translate(all, segments.minAsLongArray()), tracked)).forEachPixel((t, o) -> o.set(t));
		N5Images.writeInterval(store, DATASET, Views.translate(all, segments.minAsLongArray()));
	}
}
