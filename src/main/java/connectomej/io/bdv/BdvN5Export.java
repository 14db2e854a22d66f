package connectomej.io.bdv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import connectomej.io.AtomicFiles;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Grids;
import connectomej.io.n5.N5Store;
import connectomej.volume.VoxelSize;

/**
 * Exports datasets of an N5 container for BigDataViewer, inside the same container, in the layout of
 * bigdataviewer-core's {@code BdvN5Format}: group {@code setup<i>} with attributes {@code dataType} and
 * {@code downsamplingFactors} (per level, x, y, z), datasets {@code setup<i>/timepoint0/s<level>}, each with its own
 * {@code downsamplingFactors}; plus the XML ({@link BdvXml}). Level 0 shares the source's block files (hard links,
 * or copies where links are not possible); coarser levels are computed block by block from the previous one: mean
 * for intensities, most frequent value for labels. Blocks already exported are kept, so an export resumes.
 */
public final class BdvN5Export {

	/** Levels get smaller until every axis is at most this many voxels. */
	public static final long SMALLEST_LEVEL = 64;

	private BdvN5Export() {}

	/**
	 * @param channels setups in order; their datasets must be 3D
	 * @param voxelSize full-resolution voxel size, nm
	 * @param xml the XML file to write, next to or above the container
	 * @param executor computes blocks in parallel
	 */
	public static void export(N5Store store, List<BdvChannel> channels, VoxelSize voxelSize, Path xml, ExecutorService executor) throws IOException {
		List<long[]> dimensions = writePyramids(store, channels, voxelSize, executor);
		BdvXml.write(xml, store.root(), channels, dimensions, voxelSize);
	}

	/**
	 * Writes the setups and their pyramids into the container, without the XML (for exports that move the container
	 * into place before pointing an XML at it). A channel's dataset may itself be {@code setup<i>/timepoint0/s0}.
	 *
	 * @param channels setups in order; their datasets must be 3D
	 * @param voxelSize full-resolution voxel size, nm
	 * @param executor computes blocks in parallel
	 * @return the full-resolution size of each setup, voxels x, y, z
	 */
	public static List<long[]> writePyramids(N5Store store, List<BdvChannel> channels, VoxelSize voxelSize, ExecutorService executor)
			throws IOException {
		List<long[]> dimensions = new ArrayList<>();
		for (int i = 0; i < channels.size(); i++) {
			N5DatasetAttributes source = store.datasetAttributes(channels.get(i).dataset());
			long[][] factors = MipmapFactors.propose(source.dimensions(), voxelSize, SMALLEST_LEVEL);
			String setup = "setup" + i;
			store.setAttributes(setup, Map.of("dataType", source.dataType().jsonName(), "downsamplingFactors", factors));
			linkLevelZero(store, channels.get(i).dataset(), source, setup + "/timepoint0/s0", factors[0]);
			for (int level = 1; level < factors.length; level++)
				writeLevel(store, channels.get(i).labels(), setup + "/timepoint0/s", level, factors, source, executor);
			dimensions.add(source.dimensions());
		}
		return dimensions;
	}

	private static void linkLevelZero(N5Store store, String dataset, N5DatasetAttributes source, String target, long[] factors) throws IOException {
		store.createDataset(target, source);
		store.setAttributes(target, Map.of("downsamplingFactors", factors));
		for (long[] position : N5Grids.overlapping(source, source.interval()))
			if (store.blockExists(dataset, position) && !store.blockExists(target, position))
				linkOrCopy(store.blockFile(dataset, position), store.blockFile(target, position));
	}

	private static void linkOrCopy(Path from, Path to) throws IOException {
		AtomicFiles.write(to, tmp -> {
			try {
				Files.createLink(tmp, from);
			} catch (IOException | UnsupportedOperationException e) {
				Files.copy(from, tmp);
			}
		});
	}

	private static void writeLevel(N5Store store, boolean labels, String prefix, int level, long[][] factors,
			N5DatasetAttributes source, ExecutorService executor) throws IOException {
		long[] relative = new long[3];
		for (int d = 0; d < 3; d++)
			relative[d] = factors[level][d] / factors[level - 1][d];
		String dataset = prefix + level;
		N5DatasetAttributes attributes = new N5DatasetAttributes(MipmapFactors.levelDimensions(source.dimensions(), factors[level]),
				source.blockSize(), source.dataType(), source.compression());
		store.createDataset(dataset, attributes);
		store.setAttributes(dataset, Map.of("downsamplingFactors", factors[level]));
		PyramidLevel task = new PyramidLevel(store, prefix + (level - 1), dataset, relative, labels);
		List<Callable<Void>> jobs = new ArrayList<>();
		for (long[] position : N5Grids.overlapping(attributes, attributes.interval()))
			if (!store.blockExists(dataset, position))
				jobs.add(() -> {
					task.writeBlock(position);
					return null;
				});
		runAll(jobs, executor);
	}

	private static void runAll(List<Callable<Void>> jobs, ExecutorService executor) throws IOException {
		try {
			for (Future<Void> f : executor.invokeAll(jobs))
				f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io)
				throw io;
			if (e.getCause() instanceof RuntimeException r)
				throw r;
			throw new IOException(e.getCause());
		}
	}
}
