package connectomej.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.AtomicFiles;
import connectomej.io.hdf5.Hdf5Dataset;
import connectomej.io.hdf5.Hdf5Volumes;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import net.imglib2.converter.Converters;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/**
 * Writes a synthetic volume with its ground truth, either as a folder that Fiji opens file by file or as one HDF5
 * file in the CREMI layout.
 * <p>
 * Folder: {@code raw.tif} (8-bit), {@code neuron_ids.tif} (16-bit labels, 0 = boundary), {@code membranes.tif},
 * {@code clefts.tif}, {@code vesicles.tif}, {@code mitochondria.tif} (8-bit masks, 0 / 255 so they show in ImageJ),
 * {@code synapses.csv} ({@link Synapse#CSV_HEADER}; positions in voxels) and {@code statistics.txt}. TIFFs are
 * deflate-compressed and carry the voxel size; the same settings always give the same bytes.
 * <p>
 * HDF5: {@code /volumes/raw}, {@code /volumes/labels/neuron_ids}, {@code /volumes/labels/clefts} (CREMI), plus
 * {@code /volumes/labels/membranes}, {@code vesicles} and {@code mitochondria} masks (0 / 1), each with a
 * {@code resolution} attribute (z, y, x in nm); the synapse table is written beside it as {@code NAME.synapses.csv}.
 */
public final class SyntheticVolumeFiles {

	/** Names of the files in a folder export, in writing order. */
	public static final List<String> FOLDER_FILES = List.of("raw.tif", "neuron_ids.tif", "membranes.tif", "clefts.tif",
		"vesicles.tif", "mitochondria.tif", "synapses.csv", "statistics.txt");

	private SyntheticVolumeFiles() {}

	/** Writes to {@code target}: one HDF5 file if its name ends in .h5 / .hdf5, else a folder (both atomically). */
	public static void write(SyntheticVolume v, Path target) throws IOException {
		String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".h5") || name.endsWith(".hdf5"))
			writeHdf5(v, target);
		else
			AtomicFiles.writeFolder(target, folder -> writeFolderContent(v, folder));
	}

	private static void writeFolderContent(SyntheticVolume v, Path folder) throws IOException {
		Files.createDirectories(folder);
		TiffOptions deflate = TiffOptions.deflate();
		TiffStacks.write(v.raw(), folder.resolve("raw.tif"), deflate);
		TiffStacks.write(v.neurons(), folder.resolve("neuron_ids.tif"), deflate);
		TiffStacks.write(visible(v.membranes()), folder.resolve("membranes.tif"), deflate);
		TiffStacks.write(visible(v.clefts()), folder.resolve("clefts.tif"), deflate);
		TiffStacks.write(visible(v.vesicles()), folder.resolve("vesicles.tif"), deflate);
		TiffStacks.write(visible(v.mitochondria()), folder.resolve("mitochondria.tif"), deflate);
		Files.writeString(folder.resolve("synapses.csv"), synapseCsv(v.synapses()));
		Files.writeString(folder.resolve("statistics.txt"), SynthStatistics.of(v).report() + "\n");
	}

	private static void writeHdf5(SyntheticVolume v, Path file) throws IOException {
		List<Hdf5Dataset> sets = new ArrayList<>();
		sets.add(Hdf5Dataset.withResolution(Hdf5Volumes.CREMI_RAW, v.raw()));
		sets.add(Hdf5Dataset.withResolution(Hdf5Volumes.CREMI_NEURON_IDS, v.neurons()));
		sets.add(Hdf5Dataset.withResolution(Hdf5Volumes.CREMI_CLEFTS, v.clefts()));
		sets.add(Hdf5Dataset.withResolution("/volumes/labels/membranes", v.membranes()));
		sets.add(Hdf5Dataset.withResolution("/volumes/labels/vesicles", v.vesicles()));
		sets.add(Hdf5Dataset.withResolution("/volumes/labels/mitochondria", v.mitochondria()));
		Hdf5Volumes.write(file, sets); // first: it refuses a file that holds other data, and then nothing is written
		Path csv = file.resolveSibling(file.getFileName() + ".synapses.csv");
		AtomicFiles.write(csv, tmp -> Files.writeString(tmp, synapseCsv(v.synapses())));
	}

	/** The synapse table as CSV text with a header line. */
	public static String synapseCsv(List<Synapse> synapses) {
		StringBuilder s = new StringBuilder(Synapse.CSV_HEADER).append('\n');
		for (Synapse syn : synapses)
			s.append(syn.toCsvRow()).append('\n');
		return s.toString();
	}

	private static Volume<UnsignedByteType> visible(Volume<UnsignedByteType> mask) {
		return mask.with(Converters.convert(mask.data(), (in, out) -> out.set(in.get() == 0 ? 0 : 255), new UnsignedByteType()));
	}
}
