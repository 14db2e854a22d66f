package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

class StreamedSynthTest {

	@TempDir
	Path dir;

	@Test
	void synthToATiffWritesTheEmAloneThenRunsOnIt() throws Exception {
		Path tif = dir.resolve("em.tif");
		CliRun synth = CliRun.of("synth", "--size", "40,32,6", "--seed", "2", "--threads", "2", "-o", tif.toString());
		assertEquals(0, synth.exitCode(), synth.err());
		Volume<?> em = VolumeFiles.read(tif.toString());
		assertArrayEquals(new long[] { 40, 32, 6 }, em.dimensions());
		assertEquals(new VoxelSize(4, 4, 40), em.voxelSize());
		CliRun run = CliRun.of("run", tif.toString(), "-o", dir.resolve("out").toString(), "--block-size", "16,16,4",
				"--intensity-membranes", "--halo", "4,4,2", "--threads", "2", "--no-bdv");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("raw: 12 blocks (12 computed, 0 done before)"), run.out());
	}

	@Test
	void aMontageNeedsTheFolderOutput() {
		Path tif = dir.resolve("em.tif");
		CliRun synth = CliRun.of("synth", "--size", "40,32,6", "-o", tif.toString(), "--montage", dir.resolve("m.png").toString());
		assertEquals(2, synth.exitCode());
		assertFalse(Files.exists(tif));
	}
}
