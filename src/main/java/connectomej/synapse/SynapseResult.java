package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedIntType;

import connectomej.io.AtomicFiles;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

/**
 * Detected synapses with their label image and connectome.
 *
 * @param synapses the synapse table
 * @param labels synapse ids per voxel (accepted clefts), axes x, y, z
 * @param voxelSize nm per voxel
 */
public record SynapseResult(List<DetectedSynapse> synapses, RandomAccessibleInterval<UnsignedIntType> labels, VoxelSize voxelSize) {

	/** File names inside the output folder. */
	public static final String TABLE = "synapses.csv", EDGES = "connectome.csv", GRAPHML = "connectome.graphml",
			LABELS = "synapse_labels.tif";

	/** The directed, weighted connectome of these synapses. */
	public Connectome connectome() {
		return Connectome.of(synapses);
	}

	/**
	 * Refuses, before the work, a {@code folder} that {@link #writeFolder(Path)} would refuse to replace: a file, or a
	 * folder holding entries other than the four it writes.
	 *
	 * @throws connectomej.io.BadInputException naming {@code folder}
	 */
	public static void requireWritableFolder(Path folder) throws IOException {
		AtomicFiles.requireReplaceableFolder(folder, SynapseResult::isOwnEntry);
	}

	private static boolean isOwnEntry(String name) {
		return java.util.Set.of(TABLE, EDGES, GRAPHML, LABELS).contains(name);
	}

	/**
	 * Writes {@value #TABLE}, {@value #EDGES}, {@value #GRAPHML} and {@value #LABELS} into a new folder, atomically
	 * (the folder appears complete or not at all).
	 */
	public void writeFolder(Path folder) throws IOException {
		Connectome c = connectome();
		AtomicFiles.writeFolder(folder, SynapseResult::isOwnEntry, tmp -> {
			ConnectomeFiles.writeSynapses(synapses, voxelSize, tmp.resolve(TABLE));
			ConnectomeFiles.writeEdges(c, tmp.resolve(EDGES));
			ConnectomeFiles.writeGraphMl(c, tmp.resolve(GRAPHML));
			VolumeFiles.write(new Volume<>(labels, voxelSize), tmp.resolve(LABELS).toString());
		});
	}
}
