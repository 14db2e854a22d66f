package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.progress.ProgressListener;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/** The real fast-pass stages (watershed, agglomeration, TEASAR) wired into the block-wise pipeline. */
class FastPassPipelineTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** 40 x 30 x 12 voxels of 8 nm: dark walls at x = 0, 10, 20, 30 and y = 0, 10, 20 around 12 bright cells. */
	private String cells() throws IOException {
		ArrayImg<UnsignedByteType, ByteArray> raw = ArrayImgs.unsignedBytes(40, 30, 12);
		Cursor<UnsignedByteType> c = raw.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) % 10 == 0 || c.getIntPosition(1) % 10 == 0 ? 20 : 200);
		}
		Path tif = dir.resolve("cells.tif");
		VolumeFiles.write(new Volume<>(raw, VoxelSize.isotropic(8)), tif.toString());
		return tif.toString();
	}

	@Test
	void watershedAgglomerationAndSkeletonsRunBlockwiseAndResume() throws IOException {
		String input = cells();
		PipelineSettings settings = new PipelineSettings(input, dir.resolve("out"), new long[] { 16, 16, 4 },
				connectomej.io.n5.N5Compression.gzip(-1), new IntensityBaselineMembranes(),
				new WatershedSupervoxels(WatershedSettings.threshold(0.5), new long[] { 4, 4, 2 }),
				new AgglomerationSegments(0.5, 0), new TeasarSkeletons(), true, false, null);
		Pipeline pipeline = new Pipeline(settings, pool, ProgressListener.NONE);
		assertTrue(pipeline.process(), pipeline.getErrorMessage());
		assertEquals(12, pipeline.getModel().supervoxels());
		assertEquals(12, pipeline.getModel().segments());
		try (Stream<Path> swc = Files.list(dir.resolve("out/skeletons"))) {
			assertEquals(12, swc.filter(p -> p.toString().endsWith(".swc")).count());
		}
		CsvTable objects = CsvTables.read(dir.resolve("out/objects.csv"));
		assertEquals(12, objects.rows().size());
		assertTrue(objects.number(0, "skeleton_length_nm") > 0);
		Pipeline again = new Pipeline(settings, pool, ProgressListener.NONE);
		assertTrue(again.process(), again.getErrorMessage());
		assertTrue(again.getModel().resumed());
		assertEquals(12, again.getModel().segments());
	}
}
