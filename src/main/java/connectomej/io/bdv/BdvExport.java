package connectomej.io.bdv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.VolumeFiles;
import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Exports volumes for BigDataViewer in either flavour: the XML and, next to it, its data ({@code volume.xml} with
 * {@code volume.n5} or {@code volume.h5}; see {@link BdvFlavour#dataFileFor}). The data is written first, into a
 * temporary name renamed into place (an older export of the same name is replaced), then the XML. N5 keeps each
 * volume's own type (8-bit EM, 64-bit labels, 32-bit maps); HDF5 stores 16 bits ({@link SixteenBitValues}).
 */
public final class BdvExport {

	/** N5 block edge along the axis with the finest voxels (64 x 64 x 8 for 4 x 4 x 40 nm). */
	static final int N5_BLOCK_EDGE = 64;

	private BdvExport() {}

	/**
	 * Reads the inputs and exports them.
	 *
	 * @param xml the XML file to write; the data goes next to it
	 * @param executor computes N5 pyramid blocks in parallel (the HDF5 flavour is written by one thread)
	 * @throws connectomej.io.BadInputException for the problems {@link BdvInputs#read} reports
	 */
	public static BdvExportResult fromLocations(Path xml, BdvFlavour flavour, BdvInputs inputs, ExecutorService executor) throws IOException {
		return fromLocations(xml, flavour, inputs, UnaryOperator.identity(), executor);
	}

	/**
	 * As {@link #fromLocations(Path, BdvFlavour, BdvInputs, ExecutorService)}, with the voxel size written chosen from
	 * the one read (a user's {@code --voxel-size} for inputs that record none).
	 *
	 * @param voxelSize from the voxel size the inputs record (nm, x, y, z) to the one the export declares
	 */
	public static BdvExportResult fromLocations(Path xml, BdvFlavour flavour, BdvInputs inputs, UnaryOperator<VoxelSize> voxelSize,
			ExecutorService executor) throws IOException {
		requireWritable(xml, flavour, inputs);
		BdvSources sources = inputs.read();
		return export(xml, flavour, new BdvSources(sources.channels(), voxelSize.apply(sources.voxelSize())), executor);
	}

	/**
	 * Refuses, before anything is read, an XML whose name does not end in {@code .xml} (an export to {@code em.tif}
	 * would replace that file with XML), an export whose XML or data file is one of the {@code inputs}, or whose N5
	 * container would replace a folder of other data.
	 *
	 * @throws BadInputException naming the file or folder
	 */
	static void requireWritable(Path xml, BdvFlavour flavour, BdvInputs inputs) throws IOException {
		if (!xml.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
			throw new BadInputException(xml, "a BigDataViewer export is an XML file: give a name ending in .xml");
		String[] locations = { inputs.em(), inputs.segments(), inputs.synapses(), inputs.uncertainty() };
		Path data = flavour.dataFileFor(xml);
		VolumeFiles.requireNotAnInput(xml, locations);
		VolumeFiles.requireNotAnInput(data, locations);
		if (flavour == BdvFlavour.N5)
			AtomicFiles.requireReplaceableFolder(data, BdvExport::isOwnN5Entry);
	}

	/** Whether an entry of an existing N5 container is one an export writes: its root attributes or a setup. */
	private static boolean isOwnN5Entry(String name) {
		return name.equals("attributes.json") || name.matches("setup\\d+");
	}

	/**
	 * Exports volumes that are already in memory.
	 *
	 * @param xml the XML file to write; the data goes next to it
	 * @param sources the setups and their voxel size
	 * @param executor computes N5 pyramid blocks in parallel
	 */
	public static BdvExportResult export(Path xml, BdvFlavour flavour, BdvSources sources, ExecutorService executor) throws IOException {
		Path data = flavour.dataFileFor(xml);
		if (flavour == BdvFlavour.HDF5)
			BdvHdf5Export.export(xml, data, sources.channels(), sources.voxelSize());
		else
			exportN5(xml, data, sources, executor);
		long[] dims = sources.channels().get(0).data().dimensionsAsLongArray();
		int levels = MipmapFactors.propose(dims, sources.voxelSize(), BdvN5Export.SMALLEST_LEVEL).length;
		return new BdvExportResult(xml, data, flavour, sources.names(), levels);
	}

	private static void exportN5(Path xml, Path n5, BdvSources sources, ExecutorService executor) throws IOException {
		List<long[]> dimensions = new ArrayList<>();
		AtomicFiles.writeFolder(n5, BdvExport::isOwnN5Entry, tmp -> {
			N5Store store = N5Store.create(tmp);
			List<BdvChannel> channels = new ArrayList<>();
			for (int i = 0; i < sources.channels().size(); i++) {
				BdvSource s = sources.channels().get(i);
				String dataset = "setup" + i + "/timepoint0/s0";
				importVolume(store, dataset, s.data(), sources.voxelSize());
				channels.add(new BdvChannel(s.name(), dataset, s.labels()));
			}
			dimensions.addAll(BdvN5Export.writePyramids(store, channels, sources.voxelSize(), executor));
		});
		BdvXml.write(xml, BdvFlavour.N5, n5, sources.names(), dimensions, sources.voxelSize());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void importVolume(N5Store store, String dataset, RandomAccessibleInterval<? extends RealType<?>> data, VoxelSize voxelSize)
			throws IOException {
		RandomAccessibleInterval zeroMin = Views.zeroMin(data);
		long[] dims = zeroMin.dimensionsAsLongArray();
		int[] block = BdvHdf5Export.subdivision(dims, voxelSize, new long[] { 1, 1, 1 }, N5_BLOCK_EDGE);
		N5DataType type = N5DataType.of((RealType<?>) zeroMin.getType());
		store.createDataset(dataset, new N5DatasetAttributes(dims, block, type, N5Compression.gzip(-1)));
		N5Images.writeInterval(store, dataset, zeroMin);
	}
}
