package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofreadSaveCommandTest {

	@TempDir
	Path dir;

	@Test
	void replaysTheJournalAndWritesTheConnectome() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in")), session = Files.createDirectories(dir.resolve("session"));
		float[] labels = { 1, 1, 2, 2, 3, 3 };
		connectomej.io.VolumeFiles.write(new connectomej.volume.Volume<>(net.imglib2.img.array.ArrayImgs.floats(labels, 6, 1, 1),
				connectomej.volume.VoxelSize.UNIT), in.resolve("seg.tif").toString());
		Files.writeString(in.resolve("syn.csv"), "id,x,y,z,x_nm,y_nm,z_nm,cleft_voxels,confidence,pre,post\n1,1.5,0,0,1.5,0,0,3,0.8,1,2\n");
		Files.writeString(session.resolve("journal.log"), "merge 2 3\nmerge 1 2\nundo\n");
		String seg = in.resolve("seg.tif").toString();
		CliRun run = CliRun.of("proofread-save", "--session", session.toString(), "--raw", seg, "--segments", seg, "--synapses",
				in.resolve("syn.csv").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("pre,post,synapses,cleft_voxels\n1,2,1,3\n", Files.readString(session.resolve("connectome.csv")));
		assertTrue(Files.exists(session.resolve("labels.tif")));
	}

	@Test
	void aJournalThatDoesNotFitTheInputsExitsWith2() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in")), session = Files.createDirectories(dir.resolve("session"));
		connectomej.io.VolumeFiles.write(new connectomej.volume.Volume<>(net.imglib2.img.array.ArrayImgs.floats(new float[] { 1, 2 }, 2, 1, 1),
				connectomej.volume.VoxelSize.UNIT), in.resolve("seg.tif").toString());
		Files.writeString(session.resolve("journal.log"), "merge 1 9\n");
		String seg = in.resolve("seg.tif").toString();
		CliRun run = CliRun.of("proofread-save", "--session", session.toString(), "--raw", seg, "--segments", seg);
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("journal.log"), run.err());
	}
}
