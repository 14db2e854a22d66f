package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

	private static Grid tem, fib;

	/** A volume's images as flat arrays, x fastest. */
	private record Grid(SyntheticVolume volume, int nx, int ny, int nz, long[] ids, long[] membrane, long[] cleft, long[] vesicle, long[] mito) {

		static Grid of(SyntheticVolume v) {
			SyntheticBlock b = v.images();
			return new Grid(v, (int) b.interval().dimension(0), (int) b.interval().dimension(1), (int) b.interval().dimension(2),
				SynthImages.values(b.neurons()), SynthImages.values(b.membranes()), SynthImages.values(b.clefts()),
				SynthImages.values(b.vesicles()), SynthImages.values(b.mitochondria()));
		}

		int index(int x, int y, int z) {
			return x + nx * (y + ny * z);
		}
	}

	@BeforeAll
	static void generate() {
		tem = Grid.of(new SyntheticEm(SynthSettings.anisotropicTem(128, 128, 16, 3).withSynapseCount(4)).generateVolume());
		fib = Grid.of(new SyntheticEm(SynthSettings.isotropicFibsem(64, 64, 64, 3).withSynapseCount(4)).generateVolume());
	}

	@Test
	void volumesHoldSynapsesToCheck() {
		assertTrue(tem.volume.synapses().size() >= 2, "TEM synapses: " + tem.volume.synapses().size());
		assertTrue(fib.volume.synapses().size() >= 2, "FIB-SEM synapses: " + fib.volume.synapses().size());
	}

	@Test
	void membraneMaskIsExactlyTheZeroLabel() {
		for (Grid g : new Grid[] { tem, fib })
			for (int i = 0; i < g.ids.length; i++)
				assertEquals(g.ids[i] == 0 ? 1 : 0, g.membrane[i], "voxel " + i);
	}

	@Test
	void cleftsLieOnTheBoundaryAndMitochondriaInsideNeurons() {
		for (Grid g : new Grid[] { tem, fib })
			for (int i = 0; i < g.ids.length; i++) {
				assertFalse(g.cleft[i] == 1 && g.ids[i] != 0, "cleft voxel " + i + " has a neuron label");
				assertFalse(g.mito[i] == 1 && g.ids[i] == 0, "mitochondrion voxel " + i + " is on the boundary");
			}
	}

	@Test
	void distinctNeuronsNeverTouchInThePlane() {
		assertNoTouching(tem, false);
		assertNoTouching(fib, true);
	}

	@Test
	void synapseTableCountsEveryCleftVoxelOnce() {
		for (Grid g : new Grid[] { tem, fib }) {
			long table = g.volume.synapses().stream().mapToLong(Synapse::cleftVoxels).sum();
			assertEquals(sum(g.cleft), table);
		}
	}

	@Test
	void everyCleftSeparatesItsPreFromItsPost() {
		for (Grid g : new Grid[] { tem, fib })
			for (Synapse s : g.volume.synapses()) {
				assertNotEquals(s.pre(), s.post());
				Set<Long> near = labelsNearCleft(g, s, g == fib);
				assertTrue(near.contains(s.pre()) && near.contains(s.post()), "synapse " + s + " touches " + near);
			}
	}

	@Test
	void vesiclesLieInPresynapticNeurons() {
		for (Grid g : new Grid[] { tem, fib }) {
			Set<Long> pres = new HashSet<>();
			g.volume.synapses().forEach(s -> pres.add(s.pre()));
			long inside = 0;
			for (int i = 0; i < g.ids.length; i++)
				if (g.vesicle[i] == 1) {
					assertTrue(g.ids[i] == 0 || pres.contains(g.ids[i]), "vesicle voxel " + i + " in neuron " + g.ids[i]);
					inside += g.ids[i] != 0 ? 1 : 0;
				}
			assertTrue(inside > 0.95 * sum(g.vesicle), inside + " of " + sum(g.vesicle) + " vesicle voxels inside a neuron");
		}
	}

	@Test
	void vesiclesLieWithinReachOfASynapse() {
		for (Grid g : new Grid[] { tem, fib }) {
			double[] v = g.volume.settings().voxelSize().toArray();
			for (int z = 0; z < g.nz; z++)
				for (int y = 0; y < g.ny; y++)
					for (int x = 0; x < g.nx; x++)
						if (g.vesicle[g.index(x, y, z)] == 1) {
							double nearest = Double.POSITIVE_INFINITY;
							for (Synapse s : g.volume.synapses())
								nearest = Math.min(nearest, Math.sqrt(sq((x - s.x()) * v[0]) + sq((y - s.y()) * v[1]) + sq((z - s.z()) * v[2])));
							// depth <= ~300 nm behind the cleft, spread <= 1.25 disc radii (<= 250 nm) sideways, centroid offsets
							assertTrue(nearest < 450, "vesicle voxel " + x + "," + y + "," + z + " is " + nearest + " nm from any cleft");
						}
		}
	}

	@Test
	void temNeuritesRunAcrossSections() {
		long same = 0, labelled = 0;
		for (int z = 0; z + 1 < tem.nz; z++)
			for (int y = 0; y < tem.ny; y++)
				for (int x = 0; x < tem.nx; x++) {
					long a = tem.ids[tem.index(x, y, z)];
					if (a != 0) {
						labelled++;
						same += a == tem.ids[tem.index(x, y, z + 1)] ? 1 : 0;
					}
				}
		assertTrue(same > 0.6 * labelled, same + " of " + labelled + " labelled voxels keep their id in the next section");
	}

	private static double sq(double v) {
		return v * v;
	}

	private static void assertNoTouching(Grid g, boolean alongZ) {
		for (int z = 0; z < g.nz; z++)
			for (int y = 0; y < g.ny; y++)
				for (int x = 0; x < g.nx; x++) {
					long a = g.ids[g.index(x, y, z)];
					if (a == 0)
						continue;
					if (x + 1 < g.nx)
						assertSeparated(a, g.ids[g.index(x + 1, y, z)], x, y, z);
					if (y + 1 < g.ny)
						assertSeparated(a, g.ids[g.index(x, y + 1, z)], x, y, z);
					if (alongZ && z + 1 < g.nz)
						assertSeparated(a, g.ids[g.index(x, y, z + 1)], x, y, z);
				}
	}

	private static void assertSeparated(long a, long b, int x, int y, int z) {
		assertTrue(b == 0 || b == a, "neurons " + a + " and " + b + " touch at " + x + "," + y + "," + z);
	}

	/** Labels within 2 voxels (in the plane for TEM) of the cleft voxels that lie near the synapse's centroid. */
	private static Set<Long> labelsNearCleft(Grid g, Synapse s, boolean alongZ) {
		Set<Long> labels = new HashSet<>();
		int r = 2, rz = alongZ ? 2 : 0, reach = alongZ ? 40 : 80;
		for (int z = 0; z < g.nz; z++)
			for (int y = 0; y < g.ny; y++)
				for (int x = 0; x < g.nx; x++)
					if (g.cleft[g.index(x, y, z)] == 1 && Math.abs(x - s.x()) < reach && Math.abs(y - s.y()) < reach && Math.abs(z - s.z()) < reach / (alongZ ? 1 : 10))
						for (int dz = -rz; dz <= rz; dz++)
							for (int dy = -r; dy <= r; dy++)
								for (int dx = -r; dx <= r; dx++)
									if (x + dx >= 0 && x + dx < g.nx && y + dy >= 0 && y + dy < g.ny && z + dz >= 0 && z + dz < g.nz)
										labels.add(g.ids[g.index(x + dx, y + dy, z + dz)]);
		labels.remove(0L);
		return labels;
	}

	private static long sum(long[] v) {
		long s = 0;
		for (long x : v)
			s += x;
		return s;
	}
}
