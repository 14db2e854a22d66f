package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.nn.ModelInfo;
import connectomej.pipeline.PipelineDatasets;
import connectomej.pipeline.ThreeCRetracking;
import connectomej.track.ColourModel;
import connectomej.track.Sections;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

class RunRetrackTest {

	@TempDir
	Path dir;

	@Test
	void retracksTheWholeVolumeIntoItsOwnDataset() throws IOException {
		CliRun run = run("--retrack-3c", model());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("3C re-tracked [0, 0, 0] - [23, 19, 3] into " + ThreeCRetracking.DATASET), run.out());
		RandomAccessibleInterval<UnsignedLongType> segments = dataset(PipelineDatasets.SEGMENTS), tracked = dataset(ThreeCRetracking.DATASET);
		assertArrayEquals(Sections.labels(segments, 0), Sections.labels(tracked, 0), "the first section seeds the tracking");
		for (long z = 1; z < 4; z++)
			for (long id : Sections.labels(tracked, z))
				assertTrue(id > 0, "every voxel of section " + z + " is labelled");
	}

	@Test
	void aModelThatReadsABoundaryMapRetracksWithTheRunsMembranes() throws IOException {
		Path file = dir.resolve("3c-map.zip");
		ColourModel.create(4, 1, 2, 4, 1, 1e-3).save(file, 16, new ModelInfo.Training("test", "test"), Map.of());
		CliRun run = run("--retrack-3c", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		for (long z = 1; z < 4; z++)
			for (long id : Sections.labels(dataset(ThreeCRetracking.DATASET), z))
				assertTrue(id > 0, "every voxel of section " + z + " is labelled");
	}

	@Test
	void retracksOnlyAroundTheFlaggedObjects() throws IOException {
		assertEquals(0, run().exitCode());
		long flagged = Sections.labels(dataset(PipelineDatasets.SEGMENTS), 0)[0];
		Path csv = dir.resolve("candidates.csv");
		Files.writeString(csv, "rank,object_id,score\n1," + flagged + ",0.9\n");
		CliRun again = run("--retrack-3c", model(), "--retrack-objects", csv.toString());
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("3C re-tracked [0, 0, 0] - [12, 10, 3]"), again.out());
		long[] before = Sections.labels(dataset(PipelineDatasets.SEGMENTS), 2), after = Sections.labels(dataset(ThreeCRetracking.DATASET), 2);
		for (int i = 0; i < before.length; i++)
			if (i % 24 > 12 || i / 24 > 10)
				assertEquals(before[i], after[i], "outside the flagged object's box nothing changes");
	}

	@Test
	void snappingGivesEachOfTheRunsSupervoxelsOneObject() throws IOException {
		CliRun plain = run("--retrack-3c", model(), "--retrack-decoding", "FIBSEM");
		assertEquals(0, plain.exitCode(), plain.err());
		assertTrue(!eachSupervoxelHasOneLabel(), "on this fixture the untrained net's labels cross the supervoxels");
		CliRun snapped = run("--retrack-3c", model(), "--retrack-decoding", "FIBSEM", "--retrack-snap", "--overwrite");
		assertEquals(0, snapped.exitCode(), snapped.err());
		assertTrue(eachSupervoxelHasOneLabel());
	}

	private boolean eachSupervoxelHasOneLabel() throws IOException {
		var labelOf = new java.util.HashMap<Long, Long>();
		Cursor<UnsignedLongType> supervoxel = net.imglib2.view.Views.flatIterable(dataset(PipelineDatasets.SUPERVOXELS)).cursor();
		Cursor<UnsignedLongType> label = net.imglib2.view.Views.flatIterable(dataset(ThreeCRetracking.DATASET)).cursor();
		while (supervoxel.hasNext()) {
			long s = supervoxel.next().get(), l = label.next().get();
			if (l != 0 && labelOf.computeIfAbsent(s, k -> l) != l)
				return false;
		}
		return true;
	}

	@Test
	void badRetrackOptionsAreBadInput() throws IOException {
		Path csv = dir.resolve("no-ids.csv");
		Files.writeString(csv, "rank,score\n1,0.9\n");
		CliRun withoutModel = run("--retrack-objects", csv.toString());
		assertEquals(2, withoutModel.exitCode());
		assertTrue(withoutModel.err().contains("--retrack-objects needs --retrack-3c"), withoutModel.err());
		CliRun snapAlone = run("--retrack-snap");
		assertEquals(2, snapAlone.exitCode());
		assertTrue(snapAlone.err().contains("--retrack-snap needs --retrack-3c"), snapAlone.err());
		CliRun decodingAlone = run("--retrack-decoding", "FIBSEM");
		assertEquals(2, decodingAlone.exitCode());
		assertTrue(decodingAlone.err().contains("--retrack-decoding needs --retrack-3c"), decodingAlone.err());
		CliRun noColumn = run("--retrack-3c", model(), "--retrack-objects", csv.toString());
		assertEquals(2, noColumn.exitCode());
		assertTrue(noColumn.err().contains("no column object_id"), noColumn.err());
		assertTrue(!Files.exists(dir.resolve("out")), "every refusal comes before the run starts: nothing written");
	}

	private CliRun run(String... more) throws IOException {
		String[] base = { "run", cells(), "-o", dir.resolve("out").toString(), "--block-size", "8,8,2", "--intensity-membranes", "--threads",
				"1", "--no-skeletons", "--no-bdv" };
		String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return CliRun.of(all);
	}

	private RandomAccessibleInterval<UnsignedLongType> dataset(String name) throws IOException {
		return N5Images.open(N5Store.open(dir.resolve("out/volume.n5")), name, new UnsignedLongType());
	}

	/** An untrained 3C network: the test checks the plumbing, not the tracking. */
	private String model() throws IOException {
		Path file = dir.resolve("3c.zip");
		if (!Files.exists(file))
			ColourModel.create(4, 2, 4, 1, 1e-3).save(file, 16, new ModelInfo.Training("test", "test"), Map.of());
		return file.toString();
	}

	/** 24 x 20 x 4 voxels: dark walls at x = 0, 12 and y = 0, 10; 2 x 2 = 4 bright cells. */
	private String cells() throws IOException {
		Path tif = dir.resolve("cells.tif");
		if (Files.exists(tif))
			return tif.toString();
		var raw = ArrayImgs.unsignedBytes(24, 20, 4);
		Cursor<UnsignedByteType> c = raw.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) % 12 == 0 || c.getIntPosition(1) % 10 == 0 ? 10 : 220);
		}
		VolumeFiles.write(new Volume<>(raw, VoxelSize.isotropic(8)), tif.toString());
		return tif.toString();
	}
}
