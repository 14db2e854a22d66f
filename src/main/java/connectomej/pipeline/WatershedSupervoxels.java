package connectomej.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Store;
import connectomej.segment.BlockStitching;
import connectomej.segment.BlockSupervoxels;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Supervoxels by the seeded watershed of the segment package ({@link BlockSupervoxels}), stitched across block faces
 * by agreement in the halo ({@link BlockStitching}, read one layer of blocks at a time by {@link StreamedStitching}): the parallel watershed of the fast pass (Meirovitch et al. 2016,
 * arXiv 1612.02120). Each block's stitching data is kept in the container's {@value #FACES} folder.
 */
public final class WatershedSupervoxels implements SupervoxelStage {

	private static final long serialVersionUID = 1L;

	/** Folder (in the container) of the per-block stitching data. */
	static final String FACES = "supervoxel-faces";

	private final double seedThreshold;
	private final double minSeedDistance;
	private final boolean perSection;
	private final double maximaSmoothing;
	private final long[] halo;
	private transient VoxelSize voxelSize;

	/**
	 * @param settings the watershed's settings (seed distances in nm of the run's stored voxel size)
	 * @param halo voxels of context per axis x, y, z; at least 1 on stitched axes (z is not stitched per section)
	 */
	public WatershedSupervoxels(WatershedSettings settings, long[] halo) {
		this.seedThreshold = settings.seedThreshold();
		this.minSeedDistance = settings.minSeedDistance();
		this.perSection = settings.perSection();
		this.maximaSmoothing = settings.maximaSmoothing();
		this.halo = halo.clone();
	}

	@Override
	public String description() {
		return "seeded watershed (seeds: probability < " + seedThreshold + ", at least " + minSeedDistance + " nm from a membrane, "
				+ (maximaSmoothing > 0 ? "at maxima of the distance transform smoothed by " + maximaSmoothing + " nm, " : "")
				+ (perSection ? "per section" : "3D") + "; halo " + halo[0] + ", " + halo[1] + ", " + halo[2] + ")";
	}

	@Override
	public long[] halo() {
		return halo.clone();
	}

	@Override
	public long labelBlock(N5Store store, RandomAccessibleInterval<FloatType> membranes, Block block,
			RandomAccessibleInterval<UnsignedLongType> core) throws IOException {
		BlockSupervoxels result = BlockSupervoxels.compute(membranes, core, block, voxelSize(store), settings());
		BlockSupervoxelFiles.write(store.folder(FACES).resolve(block.gridPath()), result);
		return result.count();
	}

	@Override
	public LabelMapping stitch(N5Store store, ExecutorService executor) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(PipelineDatasets.BLOCK_SUPERVOXELS);
		List<Block> blocks = Blocks.grid(attributes.interval(), LocalBlockRunner.toLongs(attributes.blockSize()), halo);
		long[][] ids = StreamedStitching.finalIds(blocks, attributes.gridDimensions(), store.folder(FACES), new boolean[] { true, true, !perSection },
				executor);
		return mapping(attributes, blocks, ids);
	}

	/** Volume-unique block ids ({@link SupervoxelTask}) to stitched ids; increasing, since bases grow with the block. */
	private static LabelMapping mapping(N5DatasetAttributes attributes, List<Block> blocks, long[][] ids) {
		LongPairs pairs = new LongPairs();
		for (int b = 0; b < blocks.size(); b++) {
			long base = SupervoxelTask.idBase(attributes, blocks.get(b).gridPosition());
			for (int local = 1; local < ids[b].length; local++)
				if (ids[b][local] != 0)
					pairs.add(base + local, ids[b][local]);
		}
		long[] flat = pairs.toArray();
		long[] from = new long[flat.length / 2], to = new long[flat.length / 2];
		for (int i = 0; i < from.length; i++) {
			from[i] = flat[2 * i];
			to[i] = flat[2 * i + 1];
		}
		return new LabelMapping(from, to);
	}

	private synchronized VoxelSize voxelSize(N5Store store) throws IOException {
		if (voxelSize == null)
			voxelSize = PipelineDatasets.voxelSize(store);
		return voxelSize;
	}

	/** The watershed's settings. */
	WatershedSettings settings() {
		return new WatershedSettings(seedThreshold, minSeedDistance, perSection, maximaSmoothing);
	}
}
