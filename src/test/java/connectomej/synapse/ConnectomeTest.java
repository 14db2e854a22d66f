package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.volume.VoxelSize;

class ConnectomeTest {

	static DetectedSynapse synapse(long id, long pre, long post, long voxels) {
		return new DetectedSynapse(id, 1, 2, 3, voxels, 0.9, pre, post);
	}

	@Test
	void edgesAreDirectedAndCountSynapses() {
		Connectome c = Connectome.of(List.of(synapse(1, 5, 7, 10), synapse(2, 5, 7, 20), synapse(3, 7, 5, 4), synapse(4, 0, 7, 9)));
		assertEquals(List.of(new Connectome.Edge(5, 7, 2, 30), new Connectome.Edge(7, 5, 1, 4)), c.edges());
		assertEquals(List.of(5L, 7L), c.nodes());
	}

	@Test
	void filesHoldTheTableEdgesAndGraphMl(@TempDir Path dir) throws IOException {
		List<DetectedSynapse> s = List.of(synapse(1, 5, 7, 10), synapse(2, 7, 5, 4));
		ConnectomeFiles.writeSynapses(s, new VoxelSize(4, 4, 40), dir.resolve("s.csv"));
		ConnectomeFiles.writeEdges(Connectome.of(s), dir.resolve("e.csv"));
		ConnectomeFiles.writeGraphMl(Connectome.of(s), dir.resolve("g.graphml"));
		assertEquals(List.of(DetectedSynapse.CSV_HEADER, "1,1.00,2.00,3.00,4.0,8.0,120.0,10,0.9000,5,7", "2,1.00,2.00,3.00,4.0,8.0,120.0,4,0.9000,7,5"),
				Files.readAllLines(dir.resolve("s.csv")));
		assertEquals(List.of("pre,post,synapses,cleft_voxels", "5,7,1,10", "7,5,1,4"), Files.readAllLines(dir.resolve("e.csv")));
		String g = Files.readString(dir.resolve("g.graphml"));
		assertTrue(g.contains("edgedefault=\"directed\""));
		assertTrue(g.contains("<edge source=\"n5\" target=\"n7\"><data key=\"weight\">1</data>"), g);
		assertEquals(2, g.split("<node ").length - 1);
		assertEquals(1, Files.list(dir).filter(p -> p.toString().endsWith(".graphml")).count(), "no temporary left");
	}
}
