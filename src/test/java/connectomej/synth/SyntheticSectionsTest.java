package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.SectionSink;
import connectomej.io.VolumeFiles;
import connectomej.io.tiff.TiffStacks;
import connectomej.progress.ProgressListener;
import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

class SyntheticSectionsTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** 150 x 40 x 20 TEM voxels: two tiles across x and two slabs (16 + 4 sections), so tiles and the last slab are partial. */
	@Test
	void streamedTiffEqualsTheVolumeRenderedInMemory() throws Exception {
		SynthSettings settings = SynthSettings.preset(Modality.ANISOTROPIC_TEM, 150, 40, 20, 3);
		SyntheticEm em = new SyntheticEm(settings);
		Path tif = dir.resolve("em.tif");
		try (SectionSink sink = TiffStacks.createByteSections(tif, settings.interval().dimensionsAsLongArray(), settings.voxelSize())) {
			SyntheticSections.writeRaw(em, sink, pool, ProgressListener.NONE);
			sink.commit();
		}
		Volume<? extends RealType<?>> streamed = VolumeFiles.read(tif.toString());
		RandomAccessibleInterval<UnsignedByteType> inMemory = em.generateVolume().raw().data();
		assertArrayEquals(inMemory.dimensionsAsLongArray(), streamed.dimensions());
		assertEquals(settings.voxelSize(), streamed.voxelSize());
		assertEquals(0, differences(inMemory, streamed.data()));
	}

	private static long differences(RandomAccessibleInterval<UnsignedByteType> expected, RandomAccessibleInterval<? extends RealType<?>> actual) {
		Cursor<UnsignedByteType> e = Views.flatIterable(expected).cursor();
		Cursor<? extends RealType<?>> a = Views.flatIterable(actual).cursor();
		long n = 0;
		while (e.hasNext())
			n += e.next().get() == (int) a.next().getRealDouble() ? 0 : 1;
		return n;
	}
}
