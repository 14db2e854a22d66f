package connectomej.io.bdv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

/**
 * The volumes a user exports, as location strings ({@link VolumeLocation}: {@code file.tif}, a PNG or TIFF folder,
 * {@code file.h5:/dataset}); null or blank means absent. Present ones become setups in this order: EM, segments,
 * synapses (synapse labels), uncertainty (a variance or probability map in [0, 1]).
 *
 * @param em the EM volume
 * @param segments segment labels (neuron ids), 0 = background
 * @param synapses synapse labels, 0 = none
 * @param uncertainty an uncertainty (variance) map
 */
public record BdvInputs(String em, String segments, String synapses, String uncertainty) {

	/** Setup names, as BigDataViewer shows them. */
	public static final String EM = "EM", SEGMENTS = "segments", SYNAPSES = "synapses", UNCERTAINTY = "uncertainty";

	/** The location of the first volume given, in the order EM, segments, synapses, uncertainty; null when none is. */
	public String firstGiven() {
		return Stream.of(em, segments, synapses, uncertainty).filter(l -> l != null && !l.isBlank()).findFirst().orElse(null);
	}

	/**
	 * Reads the present volumes. The export's voxel size is that of the first one whose file records one (not 1 x 1
	 * x 1 nm), else 1 nm.
	 *
	 * @throws BadInputException when none is given, a file cannot be read, labels are not whole non-negative numbers,
	 *             or the volumes differ in size (naming the file that differs)
	 */
	public BdvSources read() throws IOException {
		List<BdvSource> channels = new ArrayList<>();
		VoxelSize voxelSize = VoxelSize.UNIT;
		String[][] named = { { EM, em }, { SEGMENTS, segments }, { SYNAPSES, synapses }, { UNCERTAINTY, uncertainty } };
		for (String[] n : named) {
			if (n[1] == null || n[1].isBlank())
				continue;
			Volume<? extends RealType<?>> v = VolumeFiles.read(n[1]);
			boolean labels = n[0].equals(SEGMENTS) || n[0].equals(SYNAPSES);
			Path file = VolumeLocation.parse(n[1]).file();
			RandomAccessibleInterval<? extends RealType<?>> data = labels ? LabelVolumes.of(v.data(), file) : v.data();
			if (!channels.isEmpty())
				requireSameSize(channels.get(0), data, file);
			if (voxelSize.equals(VoxelSize.UNIT))
				voxelSize = v.voxelSize();
			channels.add(new BdvSource(n[0], data, labels));
		}
		if (channels.isEmpty())
			throw new BadInputException(null, "give at least one volume to export (em, segments, synapses or uncertainty)");
		return new BdvSources(channels, voxelSize);
	}

	private static void requireSameSize(BdvSource first, RandomAccessibleInterval<?> data, Path file) {
		if (!Intervals.equalDimensions(first.data(), data))
			throw new BadInputException(file, "is " + size(data) + " voxels, the " + first.name() + " volume " + size(first.data())
					+ " (x, y, z); the channels of an export must have the same size");
	}

	private static String size(RandomAccessibleInterval<?> data) {
		return data.dimension(0) + " x " + data.dimension(1) + " x " + data.dimension(2);
	}
}
