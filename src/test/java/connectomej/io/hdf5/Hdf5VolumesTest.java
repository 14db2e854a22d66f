package connectomej.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import io.jhdf.HdfFile;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class Hdf5VolumesTest {

	private static final Path GALA = Path.of("../shared/data/gala_fibsem");
	private static final VoxelSize CREMI = new VoxelSize(4, 4, 40);

	@TempDir
	Path dir;

	@Test
	void readsTheGalaFilesLikeJhdfDirectly() throws Exception {
		for (String name : List.of("train.h5", "test.h5")) {
			Path file = GALA.resolve(name);
			Assumptions.assumeTrue(Files.exists(file), "gala_fibsem data absent");
			Volume<? extends RealType<?>> raw = Hdf5Volumes.read(file, "/raw");
			Volume<? extends RealType<?>> gt = Hdf5Volumes.read(file, "/gt");
			Volume<? extends RealType<?>> prob = Hdf5Volumes.read(file, "boundary_prob");
			assertArrayEquals(new long[] { 200, 100, 50 }, raw.dimensions());
			assertEquals(UnsignedByteType.class, raw.data().getType().getClass());
			assertEquals(UnsignedLongType.class, gt.data().getType().getClass());
			assertEquals(FloatType.class, prob.data().getType().getClass());
			try (HdfFile h = new HdfFile(file)) {
				int[][][] r = (int[][][]) h.getDatasetByPath("/raw").getData();
				long[][][] g = (long[][][]) h.getDatasetByPath("/gt").getData();
				float[][][] p = (float[][][]) h.getDatasetByPath("/boundary_prob").getData();
				for (int[] zyx : new int[][] { { 0, 0, 0 }, { 49, 99, 199 }, { 17, 42, 123 }, { 33, 7, 88 } }) {
					assertEquals(r[zyx[0]][zyx[1]][zyx[2]], value(raw, zyx));
					assertEquals(g[zyx[0]][zyx[1]][zyx[2]], value(gt, zyx));
					assertEquals(p[zyx[0]][zyx[1]][zyx[2]], value(prob, zyx), 0);
				}
			}
		}
	}

	@Test
	void missingDatasetListsTheOnesThatExist() {
		Path file = GALA.resolve("train.h5");
		Assumptions.assumeTrue(Files.exists(file), "gala_fibsem data absent");
		BadInputException e = assertThrows(BadInputException.class, () -> Hdf5Volumes.read(file, "/volumes/raw"));
		assertTrue(e.getMessage().contains("/raw") && e.getMessage().contains("/gt") && e.getMessage().contains("/ws"), e.getMessage());
		assertEquals(List.of("/boundary_prob", "/gt", "/raw", "/ws"), Hdf5Volumes.datasetPaths(file).stream().sorted().toList());
	}

	@Test
	void cremiLayoutRoundTripsWithResolution() throws Exception {
		Volume<UnsignedByteType> raw = new Volume<>(ArrayImgs.unsignedBytes(random(33 * 20 * 5, 255), 33, 20, 5), CREMI);
		long[] ids = random(33 * 20 * 5, Long.MAX_VALUE);
		ids[7] = -1L; // 2^64 - 1: the largest u64 label
		Volume<UnsignedLongType> labels = new Volume<>(ArrayImgs.unsignedLongs(ids, 33, 20, 5), CREMI);
		Path file = dir.resolve("cremi.h5");
		Hdf5Volumes.writeCremi(file, raw, labels, labels);
		assertEquals(List.of(Hdf5Volumes.CREMI_CLEFTS, Hdf5Volumes.CREMI_NEURON_IDS, Hdf5Volumes.CREMI_RAW),
				Hdf5Volumes.datasetPaths(file).stream().sorted().toList());
		Volume<? extends RealType<?>> backRaw = Hdf5Volumes.read(file, Hdf5Volumes.CREMI_RAW);
		Volume<? extends RealType<?>> backIds = Hdf5Volumes.read(file, Hdf5Volumes.CREMI_NEURON_IDS);
		assertSame(raw.data(), backRaw.data());
		assertEquals(CREMI, backRaw.voxelSize());
		assertEquals(CREMI, backIds.voxelSize());
		var a = Views.flatIterable(labels.data()).cursor();
		var b = Views.flatIterable(backIds.data()).cursor();
		while (a.hasNext())
			assertEquals(a.next().get(), ((UnsignedLongType) b.next()).get());
		String description = Hdf5Volumes.describe(file);
		assertTrue(description.contains("/volumes/raw: 5 x 20 x 33 (z, y, x) u8"), description);
		assertTrue(description.contains("@resolution = [40.0, 4.0, 4.0]"), description);
	}

	@Test
	void writesShortsFloatsAttributesAndOffsetIntervals() throws Exception {
		Volume<UnsignedShortType> shorts = new Volume<>(Views.translate(ArrayImgs.unsignedShorts(new short[] { 1, -1, 3, 4, 5, 6 }, 3, 2, 1), 10, 20, 30), CREMI);
		Volume<FloatType> floats = new Volume<>(ArrayImgs.floats(new float[] { 0.25f, 0.5f }, 1, 1, 2), VoxelSize.UNIT);
		Path file = dir.resolve("mixed.h5");
		Hdf5Volumes.write(file, List.of(Hdf5Dataset.withResolution("/a/b/shorts", shorts),
				new Hdf5Dataset("/a/floats", floats, Map.of("note", "made by a test"))));
		Volume<? extends RealType<?>> s = Hdf5Volumes.read(file, "/a/b/shorts");
		assertEquals(UnsignedShortType.class, s.data().getType().getClass());
		assertSame(shorts.data(), s.data());
		assertSame(floats.data(), Hdf5Volumes.read(file, "/a/floats").data());
		assertTrue(Hdf5Volumes.describe(file).contains("@note = made by a test"));
	}

	@Test
	void aFileIsReplacedOnlyWhenItHoldsNoDatasetButThoseWritten() throws Exception {
		Volume<FloatType> v = new Volume<>(ArrayImgs.floats(new float[] { 0.25f, 0.5f }, 1, 1, 2), VoxelSize.UNIT);
		Path file = dir.resolve("kept.h5");
		Hdf5Volumes.write(file, List.of(Hdf5Dataset.withResolution("/raw", v)));
		byte[] before = Files.readAllBytes(file);
		BadInputException e = assertThrows(BadInputException.class, () -> Hdf5Volumes.write(file, List.of(Hdf5Dataset.withResolution("/labels", v))));
		assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().contains("(/raw)"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		Hdf5Volumes.write(file, List.of(Hdf5Dataset.withResolution("/raw", v), Hdf5Dataset.withResolution("/labels", v)));
		assertEquals(List.of("/labels", "/raw"), Hdf5Volumes.datasetPaths(file).stream().sorted().toList());
	}

	@Test
	void truncatedAndMissingFilesAreBadInput() throws Exception {
		Path file = dir.resolve("whole.h5");
		Hdf5Volumes.write(file, List.of(Hdf5Dataset.withResolution("/raw",
				new Volume<>(ArrayImgs.unsignedBytes(random(64 * 64 * 8, 255), 64, 64, 8), CREMI))));
		byte[] bytes = Files.readAllBytes(file);
		Path cut = dir.resolve("cut.h5");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThrows(BadInputException.class, () -> Hdf5Volumes.read(cut, "/raw"));
		BadInputException e = assertThrows(BadInputException.class, () -> Hdf5Volumes.read(dir.resolve("none.h5"), "/raw"));
		assertTrue(e.getMessage().contains("no such file"));
	}

	/**
	 * A file written by h5py ({@code src/test/resources/hdf5/h5py-filters.h5}): {@code /mask} a boolean 2 x 3 x 4
	 * (z, y, x) dataset, true where the flat index is a multiple of 3 (h5py stores booleans as an enumeration over
	 * i8), and {@code /scaleoffset} the numbers 0-23 as i16 under the scale-offset filter, which jHDF lacks:
	 * <pre>
	 * m = np.arange(24).reshape(2, 3, 4) % 3 == 0
	 * f.create_dataset('mask', data=m)
	 * f.create_dataset('scaleoffset', data=np.arange(24, dtype=np.int16).reshape(2, 3, 4), scaleoffset=0, chunks=(1, 3, 4))
	 * </pre>
	 */
	private static final Path H5PY = Path.of("src/test/resources/hdf5/h5py-filters.h5");

	/**
	 * A file written by h5py ({@code src/test/resources/hdf5/h5py-element-size.h5}): {@code /raw} with only
	 * {@code element_size_um} (z, y, x in µm, as Fiji's HDF5 plugin writes it), {@code /both} with that and a
	 * {@code resolution}:
	 * <pre>
	 * d = f.create_dataset('raw', data=np.arange(24, dtype=np.uint8).reshape(2, 3, 4))
	 * d.attrs['element_size_um'] = np.array([0.04, 0.004, 0.004])
	 * b = f.create_dataset('both', data=np.arange(24, dtype=np.uint8).reshape(2, 3, 4))
	 * b.attrs['resolution'] = np.array([30.0, 6.0, 6.0]); b.attrs['element_size_um'] = np.array([1.0, 1.0, 1.0])
	 * </pre>
	 */
	private static final Path ELEMENT_SIZE = Path.of("src/test/resources/hdf5/h5py-element-size.h5");

	@Test
	void theVoxelSizeInMicronsOfFijisHdf5PluginIsReadWhenThereIsNoResolution() {
		VoxelSize raw = Hdf5Volumes.read(ELEMENT_SIZE, "/raw").voxelSize();
		assertEquals(4, raw.x(), 1e-9);
		assertEquals(4, raw.y(), 1e-9);
		assertEquals(40, raw.z(), 1e-9);
		assertEquals(new VoxelSize(6, 6, 30), Hdf5Volumes.read(ELEMENT_SIZE, "/both").voxelSize(), "resolution (nm) first");
	}

	@Test
	void aBooleanDatasetOfH5pyIsReadAsItsValues() {
		Volume<? extends RealType<?>> mask = Hdf5Volumes.read(H5PY, "/mask");
		assertArrayEquals(new long[] { 4, 3, 2 }, mask.data().dimensionsAsLongArray());
		int i = 0;
		for (RealType<?> v : Views.flatIterable(mask.data()))
			assertEquals(i++ % 3 == 0 ? 1 : 0, v.getRealDouble(), "flat index " + (i - 1));
		assertTrue(Hdf5Volumes.describe(H5PY).contains("/mask: 2 x 3 x 4 (z, y, x) enum i8"), Hdf5Volumes.describe(H5PY));
	}

	@Test
	void aFilterTheReaderLacksIsNamedWithWhatToDo() {
		BadInputException e = assertThrows(BadInputException.class, () -> Hdf5Volumes.read(H5PY, "/scaleoffset"));
		assertTrue(e.getMessage().startsWith(H5PY + ": a dataset is stored with a compression filter this reader lacks 'scaleoffset' (HDF5 filter 6)"),
				e.getMessage());
		assertTrue(e.getMessage().contains("h5repack -f NONE"), e.getMessage());
		String description = Hdf5Volumes.describe(H5PY);
		assertTrue(description.contains("/scaleoffset: 2 x 3 x 4 (z, y, x) i16, chunks 1 x 3 x 4, not readable here: a dataset is stored with a compression filter"),
				description);
	}

	private static double value(Volume<? extends RealType<?>> v, int[] zyx) {
		return v.data().randomAccess().setPositionAndGet(zyx[2], zyx[1], zyx[0]).getRealDouble();
	}

	static void assertSame(RandomAccessibleInterval<? extends RealType<?>> e, RandomAccessibleInterval<? extends RealType<?>> a) {
		assertArrayEquals(e.dimensionsAsLongArray(), a.dimensionsAsLongArray());
		var ce = Views.flatIterable(e).cursor();
		var ca = Views.flatIterable(a).cursor();
		while (ce.hasNext())
			assertEquals(ce.next().getRealDouble(), ca.next().getRealDouble());
	}

	private static byte[] random(int n, int max) {
		byte[] a = new byte[n];
		new Random(n).nextBytes(a);
		return a;
	}

	private static long[] random(int n, long max) {
		Random r = new Random(n);
		long[] a = new long[n];
		for (int i = 0; i < n; i++)
			a[i] = r.nextInt(3) == 0 ? 0 : (r.nextLong() & max);
		return a;
	}
}
