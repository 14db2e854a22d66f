package connectomej.io.bdv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/**
 * The XML/HDF5 flavour: read back with jHDF it equals the source in 16 bits, its levels follow the downsampling rule,
 * and the file has the datasets bigdataviewer-core's Hdf5ImageLoader reads (Util's paths, readDoubleMatrix /
 * readIntMatrix, int16 cells read as H5T_NATIVE_INT16).
 */
class BdvHdf5ExportTest {

	@TempDir
	static Path dir;

	static BdvFixture fixture = new BdvFixture(42);

	@BeforeAll
	static void export() throws IOException {
		var pool = Executors.newSingleThreadExecutor();
		try {
			BdvExport.export(dir.resolve("volume.xml"), BdvFlavour.HDF5, fixture.sources(), pool);
		} finally {
			pool.shutdownNow();
		}
	}

	private static Path h5() {
		return dir.resolve("volume.h5");
	}

	@Test
	void fullResolutionIsTheSourceInSixteenBits() {
		assertSame(fixture.em, BdvHdf5Layout.readLevel(h5(), 0, 0), false);
		assertSame(fixture.segments, BdvHdf5Layout.readLevel(h5(), 1, 0), true);
		assertSame(fixture.synapses, BdvHdf5Layout.readLevel(h5(), 2, 0), true);
		assertSame(fixture.uncertainty, BdvHdf5Layout.readLevel(h5(), 3, 0), false);
		var segments = BdvHdf5Layout.readLevel(h5(), 1, 0).randomAccess();
		assertEquals(BdvFixture.FOLDED_BIG_ID, segments.setPositionAndGet(50, 5, 2).get(), "id 70000 folded into 16 bits");
		assertEquals(0, segments.setPositionAndGet(1, 50, 0).get(), "background stays 0");
		assertEquals(1 + 40 / 30, segments.setPositionAndGet(40, 50, 0).get());
		var uncertainty = BdvHdf5Layout.readLevel(h5(), 3, 0).randomAccess();
		float u = fixture.uncertainty.randomAccess().setPositionAndGet(7, 8, 1).get();
		assertEquals(u * 65535, uncertainty.setPositionAndGet(7, 8, 1).get(), 0.5, "[0, 1] scaled to 0..65535");
	}

	private static void assertSame(RandomAccessibleInterval<? extends RealType<?>> source, ArrayImg<UnsignedShortType, ?> read, boolean labels) {
		assertArrayEquals(BdvFixture.SIZE, read.dimensionsAsLongArray());
		Cursor<? extends RealType<?>> s = Views.flatIterable(source).cursor();
		for (UnsignedShortType t : read) {
			RealType<?> v = s.next();
			long expected = labels ? SixteenBitValues.foldLabel((long) v.getRealDouble())
					: v instanceof net.imglib2.type.numeric.real.FloatType ? Math.round(v.getRealDouble() * 65535) : (long) v.getRealDouble();
			assertEquals(expected, t.get());
		}
	}

	@Test
	void levelsAreTheMeanOrModeOfTheLevelBelow() {
		for (int setup = 0; setup < 4; setup++)
			for (int level = 1; level < 3; level++) {
				ArrayImg<UnsignedShortType, ShortArray> finer = BdvHdf5Layout.readLevel(h5(), setup, level - 1);
				ArrayImg<UnsignedShortType, ShortArray> read = BdvHdf5Layout.readLevel(h5(), setup, level);
				var expected = ArrayImgs.unsignedShorts(MipmapFactors.levelDimensions(BdvFixture.SIZE, BdvFixture.FACTORS[level]));
				if (setup == 1 || setup == 2)
					Downsampling.mode(finer, new long[] { 2, 2, 1 }, expected);
				else
					Downsampling.mean(finer, new long[] { 2, 2, 1 }, expected);
				assertArrayEquals(expected.dimensionsAsLongArray(), read.dimensionsAsLongArray());
				assertArrayEquals(expected.update(null).getCurrentStorageArray(), read.update(null).getCurrentStorageArray(),
						"setup " + setup + " level " + level);
			}
		// mean of x 2..3, y 4..5 of z = 0: 14, 15, 17, 18 -> 16
		assertEquals(16, BdvHdf5Layout.readLevel(h5(), 0, 1).randomAccess().setPositionAndGet(1, 2, 0).get());
	}

	@Test
	void fileHasTheDatasetsHdf5ImageLoaderReads() {
		try (HdfFile file = new HdfFile(h5())) {
			assertEquals(Set.of("s00", "s01", "s02", "s03", "t00000"), file.getChildren().keySet());
			Dataset resolutions = file.getDatasetByPath("s00/resolutions");
			assertTrue(resolutions.getDataType() instanceof FloatingPoint && resolutions.getDataType().getSize() == 8, "float64");
			assertArrayEquals(new double[][] { { 1, 1, 1 }, { 2, 2, 1 }, { 4, 4, 1 } }, (double[][]) resolutions.getData());
			Dataset subdivisions = file.getDatasetByPath("s03/subdivisions");
			assertInteger(subdivisions, 4);
			assertArrayEquals(new int[][] { { 32, 32, 4 }, { 32, 32, 6 }, { 32, 25, 6 } }, (int[][]) subdivisions.getData());
			assertFalse(file.getByPath("s00").getAttributes().containsKey("dataType"), "legacy int16 read as unsigned");
			assertEquals(Set.of("s00", "s01", "s02", "s03"), ((io.jhdf.api.Group) file.getByPath("t00000")).getChildren().keySet());
			assertEquals(Set.of("0", "1", "2"), ((io.jhdf.api.Group) file.getByPath("t00000/s02")).getChildren().keySet());
			assertCells(file.getDatasetByPath("t00000/s01/0/cells"), new int[] { 6, 100, 150 }, new int[] { 4, 32, 32 });
			assertCells(file.getDatasetByPath("t00000/s01/2/cells"), new int[] { 6, 25, 38 }, new int[] { 6, 25, 32 });
		}
	}

	private static void assertInteger(Dataset d, int bytes) {
		assertTrue(d.getDataType() instanceof FixedPoint f && f.isSigned() && f.getSize() == bytes, d.getPath() + " signed " + 8 * bytes + "-bit");
	}

	private static void assertCells(Dataset cells, int[] zyx, int[] chunk) {
		assertInteger(cells, 2);
		assertArrayEquals(zyx, cells.getDimensions());
		assertArrayEquals(chunk, ((ChunkedDataset) cells).getChunkDimensions());
	}

	@Test
	void valuesAbove32767AreStoredAsNegativeShortsWithTheSameBits() {
		try (HdfFile file = new HdfFile(h5())) {
			short[][][] stored = (short[][][]) file.getDatasetByPath("t00000/s03/0/cells").getData();
			var source = fixture.uncertainty.randomAccess();
			int negative = 0;
			for (int x = 0; x < 20; x++) {
				long unsigned = Math.round(source.setPositionAndGet(x, 3, 2).get() * 65535.0);
				assertEquals((short) unsigned, stored[2][3][x]);
				if (unsigned > 32767) {
					assertTrue(stored[2][3][x] < 0);
					negative++;
				}
			}
			assertTrue(negative > 0, "the seeded map has values above 0.5");
		}
	}

	@Test
	void xmlHasTheSpimDataStructureWithTheHdf5Loader() throws Exception {
		SpimDataXmlCheck.assertStructure(dir.resolve("volume.xml"), new String[] { "bdv.hdf5", null, "hdf5", "volume.h5" }, BdvFixture.NAMES,
				"150 100 6", "4.0 4.0 40.0", BdvFixture.AFFINE);
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(Set.of("volume.xml", "volume.h5"), Set.copyOf(files.map(p -> p.getFileName().toString()).toList()), "no temporary files left");
		}
	}
}
