package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.nn.DefaultModels;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.synapse.SynapseFixture;
import connectomej.synapse.SynapseMaps;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

class SynapsesSubcommandTest {

	@TempDir
	Path dir;

	Path tif(String name, RandomAccessibleInterval<? extends RealType<?>> data) throws Exception {
		Path p = dir.resolve(name);
		TiffStacks.write(new Volume<>(data, new VoxelSize(4, 4, 40)), p, TiffOptions.DEFAULT);
		return p;
	}

	CliRun run(Path clefts, Path vesicles, Path segments, Path out) {
		return CliRun.of("synapses", "--clefts", clefts.toString(), "--vesicles", vesicles.toString(), "--segments",
				segments.toString(), "-o", out.toString(), "--min-cleft-voxels", "10", "--side-distance-nm", "32", "--threads", "1");
	}

	@Test
	void writesTheTableAndTheConnectome() throws Exception {
		Path out = dir.resolve("out");
		CliRun r = run(tif("c.tif", SynapseFixture.cleft()), tif("v.tif", SynapseFixture.vesicles(1)), tif("s.tif", SynapseFixture.segments(1, 2)), out);
		assertEquals(0, r.exitCode(), r.err());
		List<String> table = Files.readAllLines(out.resolve("synapses.csv"));
		assertEquals(2, table.size());
		assertTrue(table.get(1).endsWith(",2,1"), table.get(1));
		assertEquals(List.of("pre,post,synapses,cleft_voxels", "2,1,1,60"), Files.readAllLines(out.resolve("connectome.csv")));
		assertTrue(Files.readString(out.resolve("connectome.graphml")).contains("source=\"n2\" target=\"n1\""));
		assertTrue(Files.exists(out.resolve("synapse_labels.tif")));
	}

	@Test
	void theHysteresisThresholdGrowsACleftIntoItsWeakerPart() throws Exception {
		var cleft = SynapseFixture.cleft();
		var c = cleft.localizingCursor();
		while (c.hasNext())
			if (c.next().get() > 0.5f && c.getIntPosition(1) >= 8)
				c.get().set(0.4f);
		Path clefts = tif("c.tif", cleft), vesicles = tif("v.tif", SynapseFixture.vesicles(1)), segments = tif("s.tif", SynapseFixture.segments(1, 2));
		Path plain = dir.resolve("plain"), grown = dir.resolve("grown");
		assertEquals(0, run(clefts, vesicles, segments, plain).exitCode());
		CliRun r = CliRun.of("synapses", "--clefts", clefts.toString(), "--vesicles", vesicles.toString(), "--segments",
				segments.toString(), "-o", grown.toString(), "--min-cleft-voxels", "10", "--side-distance-nm", "32", "--threads", "1",
				"--cleft-low-threshold", "0.3");
		assertEquals(0, r.exitCode(), r.err());
		assertEquals("2,1,1,30", Files.readAllLines(plain.resolve("connectome.csv")).get(1), "above 0.5 only: 5 rows x 2 x 3 sections");
		assertEquals("2,1,1,60", Files.readAllLines(grown.resolve("connectome.csv")).get(1), "grown down to 0.3: the whole plate");
	}

	@Test
	void aLowThresholdAboveTheThresholdIsRefusedAndNothingWritten() throws Exception {
		Path out = dir.resolve("out");
		CliRun r = CliRun.of("synapses", "--clefts", tif("c.tif", SynapseFixture.cleft()).toString(), "--vesicles",
				tif("v.tif", SynapseFixture.vesicles(1)).toString(), "-o", out.toString(), "--cleft-threshold", "0.5",
				"--cleft-low-threshold", "0.7");
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains("--cleft-low-threshold"), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void rulesOutOfRangeAreRefusedBeforeAnyMapIsRead() throws Exception {
		Path out = dir.resolve("out"), absent = dir.resolve("absent.tif");
		String[][] cases = { { "--cleft-threshold", "3" }, { "--min-cleft-voxels", "-5" }, { "--max-cleft-voxels", "5" },
			{ "--min-elongation", "0.5" }, { "--side-distance-nm", "-10" }, { "--min-vesicle-density", "1.5" }, { "--density-ratio", "-2" } };
		for (String[] option : cases) {
			CliRun r = CliRun.of("synapses", "--clefts", absent.toString(), "--vesicles", absent.toString(), "-o", out.toString(),
					option[0], option[1]);
			assertEquals(2, r.exitCode(), r.err());
			assertTrue(r.err().contains(option[0] + " ") && !r.err().contains("absent.tif"), "names the option, reads no map: " + r.err());
			assertFalse(Files.exists(out));
		}
	}

	@Test
	void anOutputFolderOfOtherDataOrAnInputIsRefusedBeforeAnyMapIsRead() throws Exception {
		Path out = Files.createDirectories(dir.resolve("out")), absent = dir.resolve("absent.tif");
		Files.writeString(out.resolve("notes.txt"), "mine");
		CliRun r = run(absent, absent, absent, out);
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains(out + ": the folder holds 1 entry that this output does not write (notes.txt)"), r.err());
		assertEquals("mine", Files.readString(out.resolve("notes.txt")));
		CliRun same = run(absent, absent, out, out);
		assertEquals(2, same.exitCode());
		assertTrue(same.err().contains(out + ": is also an input of this command"), same.err());
	}

	@Test
	void segmentationOfAnotherShapeIsRefusedAndNothingWritten() throws Exception {
		Path out = dir.resolve("out");
		CliRun r = run(tif("c.tif", SynapseFixture.cleft()), tif("v.tif", SynapseFixture.vesicles(1)),
				tif("s.tif", ArrayImgs.unsignedShorts(SynapseFixture.W, SynapseFixture.H, SynapseFixture.D + 1)), out);
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains("s.tif") && r.err().contains("must match"), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void emptyCleftMapIsRefusedAndNothingWritten() throws Exception {
		Path out = dir.resolve("out");
		CliRun r = run(tif("c.tif", ArrayImgs.floats(SynapseFixture.W, SynapseFixture.H, SynapseFixture.D)),
				tif("v.tif", SynapseFixture.vesicles(1)), tif("s.tif", SynapseFixture.segments(1, 2)), out);
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains("c.tif") && r.err().contains("empty"), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void segmentIdOverflowIsRefusedAndNothingWritten() throws Exception {
		Path out = dir.resolve("out");
		var ids = ArrayImgs.floats(SynapseFixture.W, SynapseFixture.H, SynapseFixture.D);
		ids.forEach(t -> t.set(1e19f));
		CliRun r = run(tif("c.tif", SynapseFixture.cleft()), tif("v.tif", SynapseFixture.vesicles(1)), tif("s.tif", ids), out);
		assertEquals(2, r.exitCode());
		assertTrue(r.err().contains("s.tif") && r.err().contains("overflows"), r.err());
		assertFalse(Files.exists(out));
	}
	@Test
	void aCleftEnsembleOfCoarseAndFullResolutionNetsFindsTheSynapsesOfItsWholeMeanMap() throws Exception {
		String sample = "sample-data/synthetic-tem/";
		Path full = DefaultModels.extract("/models/cleft-light.zip"), coarse = dir.resolve("coarse-cleft.zip");
		StoredModel loaded = ModelFiles.load(full, SynapseMaps.CLEFT, 1);
		ModelFiles.save(coarse, loaded.network(), loaded.info().withInputDownsampling(2), false);
		Volume<UnsignedByteType> raw = Volumes.bytes(sample + "raw.tif");
		var mean = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			SynapseMaps.predictMean(List.of(loaded, ModelFiles.load(coarse, SynapseMaps.CLEFT, 1)), raw, mean, pool, 2);
		} finally {
			pool.shutdownNow();
		}
		String[] common = { "--vesicles", sample + "vesicles.tif", "--segments", sample + "neuron_ids.tif", "--cleft-threshold", "0.8",
				"--cleft-low-threshold", "0.3", "--min-cleft-voxels", "20", "--threads", "2" };
		Path streamed = dir.resolve("streamed"), whole = dir.resolve("whole");
		CliRun r = CliRun.of(concat(common, "--raw", sample + "raw.tif", "--cleft-model", full + "," + coarse, "-o", streamed.toString()));
		assertEquals(0, r.exitCode(), r.err());
		Path meanFile = dir.resolve("mean.tif");
		TiffStacks.write(new Volume<>(mean, raw.voxelSize()), meanFile, TiffOptions.DEFAULT);
		CliRun w = CliRun.of(concat(common, "--clefts", meanFile.toString(), "-o", whole.toString()));
		assertEquals(0, w.exitCode(), w.err());
		List<String> table = Files.readAllLines(streamed.resolve("synapses.csv"));
		assertTrue(table.size() > 2, "synapses found: " + table);
		assertEquals(Files.readAllLines(whole.resolve("synapses.csv")), table);
	}

	private static String[] concat(String[] common, String... more) {
		String[] all = java.util.Arrays.copyOf(new String[] { "synapses" }, 1 + common.length + more.length);
		System.arraycopy(common, 0, all, 1, common.length);
		System.arraycopy(more, 0, all, 1 + common.length, more.length);
		return all;
	}
}
