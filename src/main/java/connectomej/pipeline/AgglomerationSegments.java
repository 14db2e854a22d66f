package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.segment.Agglomeration;
import connectomej.segment.AgglomerationSettings;
import connectomej.segment.EdgeScore;
import connectomej.segment.RegionGraph;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Segments by hierarchical agglomeration of the supervoxels' region adjacency graph ({@link Agglomeration}): the graph
 * is built block by block from the stored supervoxels and membranes, merged once, and returned as a mapping, so the
 * voxels are relabelled block by block by the pipeline (Meirovitch et al. 2016, arXiv 1612.02120).
 */
public final class AgglomerationSegments implements SegmentStage {

	private static final long serialVersionUID = 1L;
	private final double threshold;
	private final long minSize;
	private final EdgeScore score;
	private final double neckWeight;

	/**
	 * Ranks merges by the mean boundary probability, without the neck penalty.
	 *
	 * @param threshold merge while the lowest edge score (mean boundary probability) is below this
	 * @param minSize objects smaller than this many voxels are merged into a neighbour
	 */
	public AgglomerationSegments(double threshold, long minSize) {
		this(AgglomerationSettings.threshold(threshold).withMinSize(minSize));
	}

	/** @param settings threshold, edge score, minimum size (voxels) and neck weight of the merging */
	public AgglomerationSegments(AgglomerationSettings settings) {
		this.threshold = settings.threshold();
		this.minSize = settings.minSize();
		this.score = settings.score();
		this.neckWeight = settings.neckWeight();
	}

	@Override
	public String description() {
		String statistic = score == EdgeScore.MEAN ? "mean boundary probability" : score + " of the boundary probability";
		return "agglomeration (" + statistic + " up to " + threshold + (neckWeight > 0 ? ", neck weight " + neckWeight : "")
				+ ", minimum size " + minSize + " voxels)";
	}

	@Override
	public LabelMapping segments(N5Store store, ExecutorService executor, ProgressListener listener) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(PipelineDatasets.SUPERVOXELS);
		RandomAccessibleInterval<UnsignedLongType> supervoxels = N5Images.open(store, PipelineDatasets.SUPERVOXELS, new UnsignedLongType());
		RandomAccessibleInterval<FloatType> membranes = N5Images.open(store, PipelineDatasets.MEMBRANES, new FloatType());
		List<Callable<RegionGraph>> parts = new ArrayList<>();
		for (Block b : Blocks.grid(attributes.interval(), LocalBlockRunner.toLongs(attributes.blockSize()), new long[3]))
			parts.add(() -> RegionGraph.ofBlock(supervoxels, membranes, b.core()));
		RegionGraph graph = RegionGraph.combine(Parallel.all(parts, executor));
		Agglomeration.Result result = Agglomeration.merge(graph, new AgglomerationSettings(threshold, score, minSize, neckWeight));
		long[] ids = DatasetLabels.distinct(store, PipelineDatasets.SUPERVOXELS, executor);
		long[] to = new long[ids.length];
		for (int i = 0; i < ids.length; i++)
			to[i] = result.segmentOfRegion()[graph.regionOf(ids[i])];
		return new LabelMapping(ids, to);
	}
}
