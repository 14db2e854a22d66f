package connectomej.pipeline;

import java.nio.file.Path;

import connectomej.io.n5.N5Compression;
import connectomej.volume.VoxelSize;

/**
 * What a pipeline run does: input, output folder, block size, and the method of each stage.
 *
 * @param input the EM volume as a {@code VolumeFiles} location ({@code stack.tif}, {@code folder/}, {@code file.h5:/raw})
 * @param output the output folder (see {@link OutputFolder} for its layout)
 * @param blockSize block size per axis x, y, z in voxels: the unit of parallel work, of resuming, and of N5 files
 * @param compression block compression of every dataset
 * @param membranes raw to membrane probabilities
 * @param supervoxels membrane probabilities to supervoxels
 * @param segments supervoxels to segments
 * @param skeletons segments to skeletons
 * @param bigDataViewer also write a BigDataViewer XML with a downsampling pyramid of raw and segments
 * @param overwrite replace the results of another run in {@code output}
 * @param voxelSize the voxel size in nm to compute with in place of the input's own, or null for the input's own
 */
public record PipelineSettings(String input, Path output, long[] blockSize, N5Compression compression,
		MembraneStage membranes, SupervoxelStage supervoxels, SegmentStage segments, SkeletonStage skeletons,
		boolean bigDataViewer, boolean overwrite, VoxelSize voxelSize) {

	/** Default block size, voxels x, y, z. */
	public static final long[] DEFAULT_BLOCK_SIZE = { 128, 128, 32 };

	/** Default threshold of the threshold baseline supervoxels. */
	public static final double DEFAULT_THRESHOLD = 0.5;

	public PipelineSettings {
		if (blockSize.length != 3)
			throw new IllegalArgumentException("block size needs 3 values (x, y, z)");
		for (long b : blockSize)
			if (b <= 0 || b > 1024)
				throw new IllegalArgumentException("block sizes must be in 1..1024, got " + b);
		blockSize = blockSize.clone();
	}

	/**
	 * Baseline settings: intensity membranes, threshold-baseline supervoxels, no agglomeration, no skeletons,
	 * gzip blocks of the default size, with the BigDataViewer export.
	 */
	public static PipelineSettings baseline(String input, Path output) {
		return new PipelineSettings(input, output, DEFAULT_BLOCK_SIZE, N5Compression.gzip(-1), new IntensityBaselineMembranes(),
				new ThresholdBaselineSupervoxels(DEFAULT_THRESHOLD), new IdentitySegments(), SkeletonStage.NONE, true, false, null);
	}

	/**
	 * The fast pass of Meirovitch et al. 2016 with the segment package's defaults: seeded watershed (seeds below 0.5,
	 * halo 16), agglomeration up to a mean boundary probability of 0.5, TEASAR skeletons; intensity membranes until a
	 * membrane stage is chosen with {@link #withMembranes}.
	 */
	public static PipelineSettings fastPass(String input, Path output) {
		return new PipelineSettings(input, output, DEFAULT_BLOCK_SIZE, N5Compression.gzip(-1), new IntensityBaselineMembranes(),
				new WatershedSupervoxels(connectomej.segment.WatershedSettings.threshold(0.5), new long[] { 16, 16, 16 }),
				new AgglomerationSegments(0.5, 0), new TeasarSkeletons(), true, false, null);
	}

	/** A copy with another block size. */
	public PipelineSettings withBlockSize(long... size) {
		return new PipelineSettings(input, output, size, compression, membranes, supervoxels, segments, skeletons, bigDataViewer, overwrite,
				voxelSize);
	}

	/** A copy with another membrane stage. */
	public PipelineSettings withMembranes(MembraneStage stage) {
		return new PipelineSettings(input, output, blockSize, compression, stage, supervoxels, segments, skeletons, bigDataViewer, overwrite,
				voxelSize);
	}

	/** A copy with another supervoxel stage. */
	public PipelineSettings withSupervoxels(SupervoxelStage stage) {
		return new PipelineSettings(input, output, blockSize, compression, membranes, stage, segments, skeletons, bigDataViewer, overwrite,
				voxelSize);
	}

	/** A copy with another skeleton stage. */
	public PipelineSettings withSkeletons(SkeletonStage stage) {
		return new PipelineSettings(input, output, blockSize, compression, membranes, supervoxels, segments, stage, bigDataViewer, overwrite,
				voxelSize);
	}

	/** A copy with the BigDataViewer export on or off. */
	public PipelineSettings withBigDataViewer(boolean on) {
		return new PipelineSettings(input, output, blockSize, compression, membranes, supervoxels, segments, skeletons, on, overwrite,
				voxelSize);
	}

	/** A copy that may replace another run's results. */
	public PipelineSettings withOverwrite(boolean on) {
		return new PipelineSettings(input, output, blockSize, compression, membranes, supervoxels, segments, skeletons, bigDataViewer, on,
				voxelSize);
	}

	/** A copy that computes with this voxel size (nm) in place of the input's own; null for the input's own. */
	public PipelineSettings withVoxelSize(VoxelSize size) {
		return new PipelineSettings(input, output, blockSize, compression, membranes, supervoxels, segments, skeletons, bigDataViewer, overwrite,
				size);
	}

	/** The settings that decide the results, as one line per item, for the run record and the report. */
	public String describe() {
		return "input: " + input + "\nblock size: " + blockSize[0] + " x " + blockSize[1] + " x " + blockSize[2]
				+ "\ncompression: " + compression.type() + "\nmembranes: " + membranes.description() + "\nsupervoxels: "
				+ supervoxels.description() + "\nsegments: " + segments.description() + "\nskeletons: " + skeletons.description() + "\n"
				+ (voxelSize == null ? "" : "voxel size: " + voxelSize + " (given)\n");
	}
}
