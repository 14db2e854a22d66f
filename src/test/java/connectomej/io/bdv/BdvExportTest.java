package connectomej.io.bdv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The N5 flavour from volumes in memory: read back with the suite's N5 reader it equals the source in its own type,
 * its levels follow the downsampling rule, and the container has exactly the groups and attributes
 * bigdataviewer-core's BdvN5Format / N5ImageLoader read.
 */
class BdvExportTest {

	@TempDir
	static Path dir;

	static final BdvFixture fixture = new BdvFixture(7);
	static final ExecutorService pool = Executors.newFixedThreadPool(2);
	static N5Store store;

	@BeforeAll
	static void export() throws IOException {
		BdvExport.export(dir.resolve("volume.xml"), BdvFlavour.N5, fixture.sources(), pool);
		store = N5Store.open(dir.resolve("volume.n5"));
	}

	@AfterAll
	static void stop() {
		pool.shutdownNow();
	}

	@Test
	void fullResolutionIsTheSourceInItsOwnType() throws IOException {
		List<RandomAccessibleInterval<? extends RealType<?>>> sources = List.of(fixture.em, fixture.segments, fixture.synapses, fixture.uncertainty);
		String[] types = { "uint8", "uint64", "uint32", "float32" };
		for (int setup = 0; setup < 4; setup++) {
			assertEquals(types[setup], store.attributes("setup" + setup).get("dataType"));
			assertEqual(sources.get(setup), read("setup" + setup + "/timepoint0/s0"));
		}
		assertEquals(BdvFixture.BIG_ID, (long) read("setup1/timepoint0/s0").randomAccess().setPositionAndGet(50, 5, 2).getRealDouble(),
				"64-bit ids are kept");
	}

	@Test
	void levelsAreTheMeanOrModeOfTheLevelBelow() throws IOException {
		for (int setup = 0; setup < 4; setup++)
			for (int level = 1; level < 3; level++) {
				RandomAccessibleInterval<? extends RealType<?>> finer = read("setup" + setup + "/timepoint0/s" + (level - 1));
				RandomAccessibleInterval<? extends RealType<?>> coarser = read("setup" + setup + "/timepoint0/s" + level);
				assertArrayEquals(MipmapFactors.levelDimensions(BdvFixture.SIZE, BdvFixture.FACTORS[level]), coarser.dimensionsAsLongArray());
				assertEqual(downsampled(finer, coarser, setup == 1 || setup == 2), coarser);
			}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RandomAccessibleInterval<? extends RealType<?>> downsampled(RandomAccessibleInterval finer, RandomAccessibleInterval coarser,
			boolean labels) {
		RandomAccessibleInterval expected = new ArrayImgFactory<>((NativeType) coarser.getType()).create(coarser.dimensionsAsLongArray());
		if (labels)
			Downsampling.mode(finer, new long[] { 2, 2, 1 }, expected);
		else
			Downsampling.mean(finer, new long[] { 2, 2, 1 }, expected);
		return expected;
	}

	@Test
	void containerHasExactlyTheAttributesBdvN5FormatReads() throws IOException {
		assertEquals(Set.of("n5"), store.attributes("").keySet());
		for (int setup = 0; setup < 4; setup++) {
			Map<String, Object> group = store.attributes("setup" + setup);
			assertEquals(Set.of("dataType", "downsamplingFactors"), group.keySet());
			assertEquals(List.of(List.of(1L, 1L, 1L), List.of(2L, 2L, 1L), List.of(4L, 4L, 1L)), group.get("downsamplingFactors"));
			assertEquals(Set.of("attributes.json", "timepoint0"), names(store.folder("setup" + setup)));
			assertEquals(Set.of("s0", "s1", "s2"), names(store.folder("setup" + setup + "/timepoint0")));
			for (int level = 0; level < 3; level++) {
				Map<String, Object> dataset = store.attributes("setup" + setup + "/timepoint0/s" + level);
				assertEquals(Set.of("dimensions", "blockSize", "dataType", "compression", "downsamplingFactors"), dataset.keySet());
				assertEquals(group.get("dataType"), dataset.get("dataType"));
				assertEquals(List.of(BdvFixture.FACTORS[level][0], BdvFixture.FACTORS[level][1], BdvFixture.FACTORS[level][2]),
						dataset.get("downsamplingFactors"));
				assertEquals(List.of(64L, 64L, 6L), dataset.get("blockSize"), "64 voxels along x, y; 8 along z (10x coarser), clipped to 6");
				assertEquals("gzip", ((Map<?, ?>) dataset.get("compression")).get("type"));
			}
		}
		assertEquals(Set.of("volume.xml", "volume.n5"), names(dir), "no temporary files left");
	}

	@Test
	void xmlHasTheSpimDataStructureWithTheN5Loader() throws Exception {
		SpimDataXmlCheck.assertStructure(dir.resolve("volume.xml"), new String[] { "bdv.n5", "1.0", "n5", "volume.n5" }, BdvFixture.NAMES,
				"150 100 6", "4.0 4.0 40.0", BdvFixture.AFFINE);
	}

	@Test
	void exportingAgainReplacesTheOldContainer(@TempDir Path other) throws IOException {
		Path xml = other.resolve("out.xml");
		BdvExport.export(xml, BdvFlavour.N5, fixture.sources(), pool);
		BdvFixture changed = new BdvFixture(8);
		BdvExport.export(xml, BdvFlavour.N5, new BdvSources(List.of(new BdvSource("uncertainty", changed.uncertainty, false)), BdvFixture.VOXEL), pool);
		N5Store again = N5Store.open(other.resolve("out.n5"));
		assertEquals(Set.of("attributes.json", "setup0"), names(again.root()), "setups of the old export are gone");
		assertEqual(changed.uncertainty, read(again, "setup0/timepoint0/s0"));
	}

	@Test
	void anHdf5ExportNeverReplacesAFileThatHoldsOtherData(@TempDir Path other) throws IOException {
		Path xml = other.resolve("data.xml"), h5 = other.resolve("data.h5");
		connectomej.io.VolumeFiles.write(new Volume<>(ArrayImgs.unsignedBytes(4, 3, 2), BdvFixture.VOXEL), h5 + ":/raw"); // the user's EM
		byte[] before = Files.readAllBytes(h5);
		BadInputException e = assertThrows(BadInputException.class, () -> BdvExport.export(xml, BdvFlavour.HDF5, fixture.sources(), pool));
		assertTrue(e.getMessage().startsWith(h5 + ": ") && e.getMessage().contains("/raw"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(h5));
		assertTrue(!Files.exists(xml));
		Files.delete(h5);
		BdvExport.export(xml, BdvFlavour.HDF5, fixture.sources(), pool);
		BdvExport.export(xml, BdvFlavour.HDF5, fixture.sources(), pool); // an earlier export is replaced
		assertTrue(Files.exists(xml) && Files.exists(h5));
	}

	@Test
	void inputsOfDifferentSizesAreRefusedNamingTheFile(@TempDir Path tmp) throws IOException {
		Path em = tmp.resolve("em.tif"), seg = tmp.resolve("seg.tif");
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedBytes(4, 3, 2), BdvFixture.VOXEL), em, TiffOptions.DEFAULT);
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedShorts(4, 3, 1), BdvFixture.VOXEL), seg, TiffOptions.DEFAULT);
		BadInputException e = assertThrows(BadInputException.class, () -> new BdvInputs(em.toString(), seg.toString(), null, "").read());
		assertTrue(e.getMessage().startsWith(seg + ": is 4 x 3 x 1 voxels, the EM volume 4 x 3 x 2"), e.getMessage());
		BadInputException none = assertThrows(BadInputException.class, () -> new BdvInputs(null, " ", null, null).read());
		assertTrue(none.getMessage().contains("at least one volume"), none.getMessage());
		BdvSources one = new BdvInputs(null, null, null, em.toString()).read();
		assertEquals(List.of("uncertainty"), one.names());
		assertEquals(BdvFixture.VOXEL, one.voxelSize());
		assertThrows(IllegalArgumentException.class, () -> BdvFlavour.of("zarr"));
		assertEquals(tmp.resolve("a.h5"), BdvFlavour.of("HDF5").dataFileFor(tmp.resolve("a.xml")));
	}

	private static RandomAccessibleInterval<? extends RealType<?>> read(String dataset) throws IOException {
		return read(store, dataset);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RandomAccessibleInterval<? extends RealType<?>> read(N5Store s, String dataset) throws IOException {
		N5DataType type = s.datasetAttributes(dataset).dataType();
		return N5Images.open(s, dataset, (NativeType & RealType) type.createType());
	}

	private static void assertEqual(RandomAccessibleInterval<? extends RealType<?>> expected, RandomAccessibleInterval<? extends RealType<?>> actual) {
		assertArrayEquals(expected.dimensionsAsLongArray(), actual.dimensionsAsLongArray());
		Cursor<? extends RealType<?>> e = Views.flatIterable(expected).cursor();
		Cursor<? extends RealType<?>> a = Views.flatIterable(actual).cursor();
		while (e.hasNext())
			assertEquals(e.next().getRealDouble(), a.next().getRealDouble(), 0.0);
	}

	private static Set<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return Set.copyOf(files.map(p -> p.getFileName().toString()).toList());
		}
	}
}
