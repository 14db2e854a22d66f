package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.segment.ConnectedComponents;
import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/** Block-wise equals whole on real FIB-SEM: the gala test crop (Nunez-Iglesias et al. 2013), 200 x 100 x 50 voxels. */
class PipelineSharedDataTest {

	private static final Path GALA = Path.of("../shared/data/gala_fibsem/test.h5");

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void blockwiseBaselineEqualsComponentsOfTheWholeVolume() throws IOException {
		Assumptions.assumeTrue(Files.exists(GALA), GALA + " absent");
		String input = GALA + ":/raw";
		PipelineSettings settings = PipelineSettings.baseline(input, dir.resolve("out")).withBlockSize(64, 64, 16).withBigDataViewer(false);
		Pipeline pipeline = new Pipeline(settings, pool, ProgressListener.NONE);
		assertTrue(pipeline.process(), pipeline.getErrorMessage());
		Volume<? extends RealType<?>> raw = VolumeFiles.read(input);
		RandomAccessibleInterval<BitType> inside = Converters.convert(Views.zeroMin(raw.data()),
				(r, b) -> b.set(1 - Math.round(r.getRealDouble()) / 255.0 < PipelineSettings.DEFAULT_THRESHOLD), new BitType());
		RandomAccessibleInterval<UnsignedLongType> whole = ArrayImgs.unsignedLongs(raw.dimensions());
		long components = ConnectedComponents.label(inside, whole);
		assertTrue(components > 10, components + " components");
		assertEquals(components, pipeline.getModel().segments());
		RandomAccessibleInterval<UnsignedLongType> blockwise = N5Images.open(N5Store.open(dir.resolve("out/volume.n5")),
				PipelineDatasets.SEGMENTS, new UnsignedLongType());
		assertSamePartition(whole, blockwise);
	}

	private static void assertSamePartition(RandomAccessibleInterval<UnsignedLongType> a, RandomAccessibleInterval<UnsignedLongType> b) {
		Map<Long, Long> aToB = new HashMap<>(), bToA = new HashMap<>();
		Cursor<UnsignedLongType> ca = Views.flatIterable(a).cursor();
		Cursor<UnsignedLongType> cb = Views.flatIterable(b).cursor();
		while (ca.hasNext()) {
			long la = ca.next().get(), lb = cb.next().get();
			assertEquals(la == 0, lb == 0, "background agrees");
			assertEquals(lb, aToB.computeIfAbsent(la, k -> lb));
			assertEquals(la, bToA.computeIfAbsent(lb, k -> la));
		}
	}
}
