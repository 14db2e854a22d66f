package connectomej.io.bdv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.volume.VoxelSize;
import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/**
 * Exports volumes as BigDataViewer XML/HDF5 (the {@code bdv.hdf5} image loader), for volumes that fit in memory:
 * the layout bigdataviewer-core's {@code Hdf5ImageLoader} reads (see its {@code Util} for the paths): per setup
 * {@code s00/resolutions} (float64 [levels][3], the downsampling factors x, y, z of each level) and
 * {@code s00/subdivisions} (int32 [levels][3], block size x, y, z), and per level
 * {@code t00000/s00/<level>/cells}, an int16 dataset [z][y][x] chunked by the level's subdivision, deflated. The
 * values are 16-bit ({@link SixteenBitValues}); no {@code dataType} attribute is written, so every BigDataViewer
 * version reads them as unsigned 16-bit. Levels follow the N5 flavour: factors from
 * {@link MipmapFactors#propose}, each level the mean (labels: the most frequent value) of the level below.
 * Written with jHDF, whose writer handles groups and whole chunked arrays, which is all this layout needs.
 */
public final class BdvHdf5Export {

	/** Block edge in the finest axis of a level; coarser axes get proportionally fewer voxels. */
	static final int BLOCK_EDGE = 32;

	private BdvHdf5Export() {}

	/**
	 * Writes the HDF5 file and then the XML, each atomically.
	 *
	 * @param xml the XML file to write
	 * @param h5 the HDF5 file to write, usually next to the XML; an existing one is replaced only when it holds
	 *            nothing but this layout's datasets (an earlier export)
	 * @param sources setups in order (setup id = index), each under 2^31 voxels
	 * @param voxelSize full-resolution voxel size, nm, for every setup
	 * @throws BadInputException naming {@code h5} when it exists and holds other datasets (the EM to export, say)
	 */
	public static void export(Path xml, Path h5, List<BdvSource> sources, VoxelSize voxelSize) throws IOException {
		requireReplaceable(h5);
		List<long[]> dimensions = new ArrayList<>();
		AtomicFiles.write(h5, tmp -> {
			try (WritableHdfFile out = HdfFile.write(tmp)) {
				for (int i = 0; i < sources.size(); i++)
					dimensions.add(writeSetup(out, i, sources.get(i), voxelSize));
			}
		});
		BdvXml.write(xml, BdvFlavour.HDF5, h5, sources.stream().map(BdvSource::name).toList(), dimensions, voxelSize);
	}

	/** Refuses an existing file with a dataset outside the BigDataViewer layout: replacing it would lose that. */
	private static void requireReplaceable(Path h5) {
		if (!Files.isRegularFile(h5))
			return;
		List<String> others = Hdf5Volumes.datasetPaths(h5).stream()
				.filter(path -> !path.matches("/s\\d+/(resolutions|subdivisions)|/t\\d+/s\\d+/\\d+/cells")).toList();
		if (!others.isEmpty())
			throw new BadInputException(h5, "holds datasets that are not an earlier BigDataViewer export (" + String.join(", ",
					others.subList(0, Math.min(3, others.size()))) + (others.size() > 3 ? ", ..." : "")
					+ "); the export would replace the file and lose them: give the XML another name");
	}

	private static long[] writeSetup(WritableGroup file, int setup, BdvSource source, VoxelSize voxelSize) {
		long[] dims = source.data().dimensionsAsLongArray();
		long[][] factors = MipmapFactors.propose(dims, voxelSize, BdvN5Export.SMALLEST_LEVEL);
		List<ArrayImg<UnsignedShortType, ShortArray>> levels = ShortPyramid.of(source, factors);
		double[][] resolutions = new double[factors.length][3];
		int[][] subdivisions = new int[factors.length][];
		for (int level = 0; level < factors.length; level++) {
			for (int d = 0; d < 3; d++)
				resolutions[level][d] = factors[level][d];
			subdivisions[level] = subdivision(levels.get(level).dimensionsAsLongArray(), voxelSize, factors[level], BLOCK_EDGE);
		}
		WritableGroup group = file.putGroup(BdvHdf5Layout.setupGroup(setup));
		group.putDataset("resolutions", resolutions);
		group.putDataset("subdivisions", subdivisions);
		WritableGroup timepoint = groupAt(file, BdvHdf5Layout.timepointGroup(0)).putGroup(BdvHdf5Layout.setupGroup(setup));
		for (int level = 0; level < factors.length; level++)
			ShortDatasets.put(timepoint.putGroup(Integer.toString(level)), "cells", levels.get(level), subdivisions[level]);
		return dims;
	}

	private static WritableGroup groupAt(WritableGroup parent, String name) {
		if (parent.getChildren().get(name) instanceof WritableGroup g)
			return g;
		return parent.putGroup(name);
	}

	/**
	 * The block size of a level, x, y, z: {@code edge} voxels along the axis with the finest voxels, proportionally
	 * fewer (a power of two) along coarser ones, at most the level's size. 4 x 4 x 40 nm and edge 32 give 32 x 32 x 4.
	 *
	 * @param levelDimensions size of the level, voxels x, y, z
	 * @param voxelSize full-resolution voxel size, nm
	 * @param factors the level's downsampling factors x, y, z
	 * @param edge voxels along the finest axis, a power of two
	 */
	static int[] subdivision(long[] levelDimensions, VoxelSize voxelSize, long[] factors, int edge) {
		double finest = Double.MAX_VALUE;
		for (int d = 0; d < 3; d++)
			finest = Math.min(finest, voxelSize.get(d) * factors[d]);
		int[] block = new int[3];
		for (int d = 0; d < 3; d++) {
			double voxels = Math.max(1, edge * finest / (voxelSize.get(d) * factors[d]));
			long powerOfTwo = 1L << Math.round(Math.log(voxels) / Math.log(2));
			block[d] = (int) Math.min(powerOfTwo, levelDimensions[d]);
		}
		return block;
	}
}
