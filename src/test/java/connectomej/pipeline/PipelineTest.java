package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.VolumeFiles;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.progress.ProgressListener;
import connectomej.segment.WatershedSettings;
import connectomej.volume.Block;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

class PipelineTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/**
	 * 40 x 30 x 12 voxels: dark membrane walls (20) at x = 0, 10, 20, 30 and y = 0, 10, 20, bright cells (200)
	 * between them, running through all sections: 4 x 3 = 12 cells of 9 x 9 x 12 voxels.
	 */
	private String cells() throws IOException {
		ArrayImg<UnsignedByteType, ByteArray> raw = ArrayImgs.unsignedBytes(40, 30, 12);
		Cursor<UnsignedByteType> c = raw.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			boolean wall = c.getIntPosition(0) % 10 == 0 || c.getIntPosition(1) % 10 == 0;
			c.get().set(wall ? 20 : 200);
		}
		Path tif = dir.resolve("cells.tif");
		VolumeFiles.write(new Volume<>(raw, new VoxelSize(4, 4, 40)), tif.toString());
		return tif.toString();
	}

	private PipelineSettings settings(String input) {
		return PipelineSettings.baseline(input, dir.resolve("out")).withBlockSize(16, 16, 4);
	}

	@Test
	void runsEveryStageAndFindsTheTwelveCellsAcrossBlockFaces() throws IOException {
		Pipeline pipeline = new Pipeline(settings(cells()), pool, ProgressListener.NONE);
		assertTrue(pipeline.checkInput(), pipeline.getErrorMessage());
		assertTrue(pipeline.process(), pipeline.getErrorMessage());
		assertEquals(12, pipeline.getModel().segments());
		assertEquals(12, pipeline.getModel().supervoxels());
		CsvTable objects = CsvTables.read(dir.resolve("out/objects.csv"));
		assertEquals(12, objects.rows().size());
		for (int r = 0; r < 12; r++)
			assertEquals(9 * 9 * 12, objects.number(r, "voxels"));
		N5Store store = N5Store.open(dir.resolve("out/volume.n5"));
		RandomAccessibleInterval<UnsignedLongType> segments = N5Images.open(store, PipelineDatasets.SEGMENTS, new UnsignedLongType());
		assertOneLabelPerCell(segments);
		assertEquals(new VoxelSize(4, 4, 40), PipelineDatasets.voxelSize(store));
		String report = Files.readString(dir.resolve("out/report.md"));
		assertTrue(report.contains("Segments: 12"), report);
		assertTrue(report.contains("threshold baseline"), report);
	}

	/** Every cell carries one label, walls 0, and different cells different labels. */
	private static void assertOneLabelPerCell(RandomAccessibleInterval<UnsignedLongType> segments) {
		Map<Integer, Long> labelOfCell = new HashMap<>();
		Cursor<UnsignedLongType> c = Views.flatIterable(segments).cursor();
		while (c.hasNext()) {
			long label = c.next().get();
			int x = c.getIntPosition(0), y = c.getIntPosition(1);
			if (x % 10 == 0 || y % 10 == 0) {
				assertEquals(0, label, "wall");
				continue;
			}
			long previous = labelOfCell.computeIfAbsent(x / 10 + 4 * (y / 10), k -> label);
			assertEquals(previous, label, "one label per cell");
		}
		assertEquals(12, labelOfCell.values().stream().distinct().count());
	}

	/** The baseline, failing after a number of blocks like a killed process; same description, so a rerun resumes. */
	static final class Crashing implements SupervoxelStage {

		final ThresholdBaselineSupervoxels real = new ThresholdBaselineSupervoxels(PipelineSettings.DEFAULT_THRESHOLD);
		final AtomicInteger calls = new AtomicInteger();
		final int crashAfter;

		Crashing(int crashAfter) {
			this.crashAfter = crashAfter;
		}

		@Override
		public String description() {
			return real.description();
		}

		@Override
		public long[] halo() {
			return real.halo();
		}

		@Override
		public long labelBlock(N5Store store, RandomAccessibleInterval<FloatType> membranes, Block block,
				RandomAccessibleInterval<UnsignedLongType> core) throws IOException {
			if (calls.incrementAndGet() > crashAfter)
				throw new IllegalStateException("killed");
			return real.labelBlock(store, membranes, block, core);
		}

		@Override
		public LabelMapping stitch(N5Store store, ExecutorService executor) throws IOException {
			return real.stitch(store, executor);
		}
	}

	@Test
	void serialSectionsSegmentedIn3dGetAHint() {
		VoxelSize tem = new VoxelSize(4, 4, 40);
		var threeD = new WatershedSupervoxels(new WatershedSettings(0.5, 0, false), new long[] { 8, 8, 8 });
		var perSection = new WatershedSupervoxels(new WatershedSettings(0.5, 0, true), new long[] { 8, 8, 0 });
		String hint = Pipeline.anisotropyHint(threeD, tem);
		assertTrue(hint != null && hint.contains("10 times thicker") && hint.contains("--per-section"), hint);
		assertNull(Pipeline.anisotropyHint(perSection, tem), "already per section");
		assertNull(Pipeline.anisotropyHint(threeD, VoxelSize.isotropic(8)), "FIB-SEM: 3D is right");
		assertNull(Pipeline.anisotropyHint(threeD, new VoxelSize(8, 8, 20)), "2.5 times: still 3D");
		assertNull(Pipeline.anisotropyHint(new ThresholdBaselineSupervoxels(0.5), tem), "no watershed");
		PipelineModel model = new PipelineModel();
		model.addHint(hint);
		assertTrue(model.summary(Path.of("out")).endsWith("hint: " + hint + "\n"));
	}

	@Test
	void interruptedRunResumesWithoutRedoingFinishedBlocks() throws IOException {
		String input = cells();
		int blocks = 3 * 2 * 3;
		Pipeline killed = new Pipeline(settings(input).withSupervoxels(new Crashing(7)), pool, ProgressListener.NONE);
		assertFalse(killed.process());
		assertEquals("killed", killed.getErrorMessage());
		Crashing healthy = new Crashing(Integer.MAX_VALUE);
		Pipeline rerun = new Pipeline(settings(input).withSupervoxels(healthy), pool, ProgressListener.NONE);
		assertTrue(rerun.checkInput(), rerun.getErrorMessage());
		assertTrue(rerun.process(), rerun.getErrorMessage());
		assertTrue(rerun.getModel().resumed());
		assertEquals(blocks - 7, healthy.calls.get());
		StageReport raw = rerun.getModel().stages().get(0);
		assertEquals(blocks, raw.skipped(), "raw blocks are not imported again");
		assertEquals(12, rerun.getModel().segments());
	}

	@Test
	void anotherRunsResultsAreNotOverwrittenUnlessAsked() throws IOException {
		String input = cells();
		assertTrue(new Pipeline(settings(input).withBigDataViewer(false), pool, ProgressListener.NONE).process());
		PipelineSettings other = settings(input).withBigDataViewer(false).withSupervoxels(new ThresholdBaselineSupervoxels(0.3));
		Pipeline refused = new Pipeline(other, pool, ProgressListener.NONE);
		assertFalse(refused.checkInput());
		assertTrue(refused.getFailure() instanceof BadInputException);
		assertTrue(refused.getErrorMessage().contains("--overwrite"), refused.getErrorMessage());
		assertFalse(refused.process());
		Pipeline replaced = new Pipeline(other.withOverwrite(true), pool, ProgressListener.NONE);
		assertTrue(replaced.checkInput(), replaced.getErrorMessage());
		assertTrue(replaced.process(), replaced.getErrorMessage());
		assertFalse(replaced.getModel().resumed());
	}

	@Test
	void probabilityMapIsUsedAndItsSizeChecked() throws IOException {
		String input = cells();
		Path map = dir.resolve("map.tif");
		// 8-bit map: 255 (membrane) on the walls, 0 inside; same 12 cells as the intensity baseline finds
		ArrayImg<UnsignedByteType, ByteArray> probabilities = ArrayImgs.unsignedBytes(40, 30, 12);
		Cursor<UnsignedByteType> c = probabilities.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) % 10 == 0 || c.getIntPosition(1) % 10 == 0 ? 255 : 0);
		}
		VolumeFiles.write(new Volume<>(probabilities, VoxelSize.UNIT), map.toString());
		Pipeline withMap = new Pipeline(settings(input).withMembranes(new ProbabilityMapMembranes(map.toString())), pool, ProgressListener.NONE);
		assertTrue(withMap.process(), withMap.getErrorMessage());
		assertEquals(12, withMap.getModel().segments());
		Path small = dir.resolve("small.tif");
		VolumeFiles.write(new Volume<>(ArrayImgs.unsignedBytes(4, 3, 2), VoxelSize.UNIT), small.toString());
		Pipeline wrongSize = new Pipeline(settings(input).withMembranes(new ProbabilityMapMembranes(small.toString())).withOverwrite(true),
				pool, ProgressListener.NONE);
		assertFalse(wrongSize.process());
		assertTrue(wrongSize.getErrorMessage().contains("small.tif: probability map is 4 x 3 x 2"), wrongSize.getErrorMessage());
		assertTrue(Files.isRegularFile(dir.resolve("out/report.md")), "bad input is found before earlier results are replaced");
	}

	@Test
	void cancelStopsTheRun() throws IOException {
		String input = cells();
		Pipeline[] holder = new Pipeline[1];
		ProgressListener cancelInMembranes = (stage, done, total) -> {
			if (stage.equals("membranes") && done == 2)
				holder[0].cancel();
		};
		holder[0] = new Pipeline(settings(input), pool, cancelInMembranes);
		assertFalse(holder[0].process());
		assertEquals("canceled", holder[0].getErrorMessage());
		assertFalse(Files.exists(dir.resolve("out/report.md")));
	}
}
