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
import connectomej.segment.AgglomerationSettings;
import connectomej.segment.ConnectedComponents;
import connectomej.segment.FastPass;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
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

	/** The watershed and agglomeration stages through N5 blocks equal the segment package's whole-volume fast pass. */
	@Test
	void blockwiseFastPassEqualsTheWholeVolumeFastPass() throws IOException {
		Assumptions.assumeTrue(Files.exists(GALA), GALA + " absent");
		Interval crop = new FinalInterval(new long[] { 0, 0, 0 }, new long[] { 119, 99, 23 });
		Volume<? extends RealType<?>> raw = VolumeFiles.read(GALA + ":/raw");
		Volume<? extends RealType<?>> probability = VolumeFiles.read(GALA + ":/boundary_prob");
		Path rawTif = dir.resolve("raw.tif"), probabilityTif = dir.resolve("probability.tif");
		VolumeFiles.write(raw.with(Views.interval(Views.zeroMin(raw.data()), crop)), rawTif.toString());
		VolumeFiles.write(probability.with(Views.interval(Views.zeroMin(probability.data()), crop)), probabilityTif.toString());
		PipelineSettings settings = PipelineSettings.fastPass(rawTif.toString(), dir.resolve("out")).withBlockSize(48, 48, 12)
				.withMembranes(new ProbabilityMapMembranes(probabilityTif.toString())).withSkeletons(SkeletonStage.NONE).withBigDataViewer(false);
		Pipeline pipeline = new Pipeline(settings, pool, ProgressListener.NONE);
		assertTrue(pipeline.process(), pipeline.getErrorMessage());
		RandomAccessibleInterval<UnsignedLongType> whole = ArrayImgs.unsignedLongs(crop.dimensionsAsLongArray());
		FastPass.Settings reference = new FastPass.Settings(WatershedSettings.threshold(0.5), AgglomerationSettings.threshold(0.5),
				crop.dimensionsAsLongArray(), new long[] { 16, 16, 16 });
		FastPass.Outcome outcome = FastPass.run(Views.interval(Views.zeroMin(probability.data()), crop), null, whole, raw.voxelSize(), reference, pool);
		assertTrue(outcome.segments() > 10, outcome.segments() + " segments");
		assertEquals(outcome.segments(), pipeline.getModel().segments());
		assertSamePartition(whole, N5Images.open(N5Store.open(dir.resolve("out/volume.n5")), PipelineDatasets.SEGMENTS, new UnsignedLongType()));
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
