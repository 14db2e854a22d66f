package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.track.BlockwiseTracking;
import connectomej.track.BoundarySeeds;
import connectomej.track.ColourModel;
import connectomej.track.CrossClassificationTracker;
import connectomej.track.ProbabilityRegions;
import connectomej.track.RegionAssignment;
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
 * of the stored membranes), with the membranes erased from the seeds and the votes resolved by {@link RegionAssignment}. The box is the whole volume or the bounding box of the flagged objects. The result is the
 * dataset {@link #DATASET}: the segments, with the box replaced by the re-tracked labels (objects continuing a seed
 * keep its id; new objects get ids above every segment id).
 */
public final class ThreeCRetracking {

	/** The dataset written into the run's N5 container. */
	public static final String DATASET = "segments-3c";
	private static final int TILE = 256, HALO = 32, MIN_OBJECT_SIZE = 20;
	/** Decoding chosen on synthetic TEM stacks (seeds 201, 202; ACCURACY.md, issue 6, session 3). */
	private static final double BOUNDARY = 0.5, MIN_OVERLAP = 0.5;

	private ThreeCRetracking() {}

	/**
	 * @param run the output folder of {@code connectomej run}
	 * @param model the 3C colour network
	 * @param objects segment ids whose bounding box (x, y, z) to re-track; empty = the whole volume
	 * @return the re-tracked box
	 * @throws BadInputException when none of the objects is in the segments
	 */
	public static Interval retrack(Path run, ColourModel model, long[] objects, ProgressListener progress) throws IOException {
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
		BlockwiseTracking.trackTiles(area -> tracker(model, Views.interval(membranes, area)),
				new ProbabilityRegions(membranes, 0.3, 0, BOUNDARY), new BoundarySeeds(membranes, BOUNDARY), raw, seeds, tracked, TILE, HALO,
				MIN_OBJECT_SIZE, progress);
		LoopBuilder.setImages(tracked).forEachPixel(t -> {
			if (t.get() > maxSeed)
				t.set(t.get() - maxSeed + maxSegment);
		});
		write(store, segments, tracked);
		return box;
	}

	/** 3C with the region assignment; a model with a boundary-map input reads the tile's membranes. */
	private static CrossClassificationTracker tracker(ColourModel model, RandomAccessibleInterval<FloatType> tileMembranes) {
		var tracker = new CrossClassificationTracker(model, 0, 1, 1).assignRegions(new RegionAssignment(MIN_OVERLAP, RegionAssignment.Secondary.NEW_OBJECT));
		return model.maps() > 0 ? tracker.readBoundaryMap(tileMembranes) : tracker;
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
