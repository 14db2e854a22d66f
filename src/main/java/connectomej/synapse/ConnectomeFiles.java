package connectomej.synapse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.AtomicFiles;
import connectomej.volume.VoxelSize;

/** Writes synapse tables and connectomes, each file atomically (temporary sibling, then rename). */
public final class ConnectomeFiles {

	private ConnectomeFiles() {}

	/** Writes the synapse table CSV: {@value DetectedSynapse#CSV_HEADER}, positions in voxels and nm. */
	public static void writeSynapses(List<DetectedSynapse> synapses, VoxelSize voxelSize, Path file) throws IOException {
		StringBuilder csv = new StringBuilder(DetectedSynapse.CSV_HEADER).append('\n');
		synapses.forEach(s -> csv.append(s.toCsvRow(voxelSize)).append('\n'));
		write(file, csv.toString());
	}

	/** Writes the edge list CSV: {@code pre,post,synapses,cleft_voxels}, one line per directed edge. */
	public static void writeEdges(Connectome connectome, Path file) throws IOException {
		StringBuilder csv = new StringBuilder("pre,post,synapses,cleft_voxels\n");
		for (Connectome.Edge e : connectome.edges())
			csv.append(e.pre()).append(',').append(e.post()).append(',').append(e.synapses()).append(',')
					.append(e.cleftVoxels()).append('\n');
		write(file, csv.toString());
	}

	/**
	 * Writes GraphML (graphml.graphdrawing.org): a directed graph, node ids {@code n<segment>}, edge data
	 * {@code weight} (synapse count) and {@code cleft_voxels}.
	 */
	public static void writeGraphMl(Connectome connectome, Path file) throws IOException {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
				.append("  <key id=\"segment\" for=\"node\" attr.name=\"segment\" attr.type=\"long\"/>\n")
				.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n")
				.append("  <key id=\"cleft_voxels\" for=\"edge\" attr.name=\"cleft_voxels\" attr.type=\"long\"/>\n")
				.append("  <graph id=\"connectome\" edgedefault=\"directed\">\n");
		for (long n : connectome.nodes())
			x.append("    <node id=\"n").append(n).append("\"><data key=\"segment\">").append(n).append("</data></node>\n");
		for (Connectome.Edge e : connectome.edges())
			x.append("    <edge source=\"n").append(e.pre()).append("\" target=\"n").append(e.post()).append("\"><data key=\"weight\">")
					.append(e.synapses()).append("</data><data key=\"cleft_voxels\">").append(e.cleftVoxels()).append("</data></edge>\n");
		write(file, x.append("  </graph>\n</graphml>\n").toString());
	}

	private static void write(Path file, String text) throws IOException {
		AtomicFiles.write(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
	}
}
