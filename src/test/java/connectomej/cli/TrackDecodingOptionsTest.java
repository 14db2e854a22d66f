package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.track.Sections;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

/** {@code connectomej track} with a boundary map, seed erasure and the region assignment, on a 32 x 32 x 3 fixture. */
class TrackDecodingOptionsTest {

	private static final int W = 32, H = 32, D = 3;

	@TempDir
	Path dir;

	@Test
	void aBoundaryMapWithAssignmentTracksBothHalves() throws IOException {
		CliRun run = track("--regions", write("boundary.tif", boundary()), "--boundary", "0.5", "--min-overlap", "0.5");
		assertEquals(0, run.exitCode(), run.err());
		var out = connectomej.io.LabelVolumes.of(VolumeFiles.read(dir.resolve("out.tif").toString()).data(), dir.resolve("out.tif"));
		long[] first = Sections.labels(out, 0);
		assertArrayEquals(seeds(), first, "the first section is the seeds");
		for (int z = 1; z < D; z++)
			for (long id : Sections.labels(out, z))
				assertTrue(id > 0, "every voxel of section " + z + " is labelled");
	}

	@Test
	void membranesArePredictedByTheGivenModel() throws IOException {
		CliRun run = track("--regions", "membranes", "--membrane-model", "src/main/resources/models/membrane-shallow.zip", "--min-overlap", "0.5");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(Files.exists(dir.resolve("out.tif")));
		CliRun wrong = track("--regions", "membranes", "--membrane-model", "src/main/resources/models/track-3c-k4.zip");
		assertEquals(2, wrong.exitCode(), "a 3C model is no membrane model: " + wrong.err());
	}

	@Test
	void aBoundaryMapOfAnotherSizeIsBadInputAndNothingIsWritten() throws IOException {
		assertRefused(track("--regions", write("small.tif", ArrayImgs.floats(W, H - 1, D)), "--min-overlap", "0.5", "--secondary", "IF_TOUCHING"),
				"boundary map is not the size of the EM");
	}

	@Test
	void supervoxelSectionsAreTheRegions() throws IOException {
		CliRun run = track("--supervoxels", write("sv.tif", halves()), "--regions", write("boundary.tif", boundary()));
		assertEquals(0, run.exitCode(), run.err());
		assertHalvesFrom(1, "its supervoxel's seed");
	}

	@Test
	void supervoxelsOfAnotherSizeAreBadInputAndNothingIsWritten() throws IOException {
		assertRefused(track("--supervoxels", write("small.tif", ArrayImgs.unsignedLongs(W, H, D - 1))), "supervoxels are not the size of the EM",
				"small.tif");
	}

	@Test
	void snappingGivesEachSupervoxelTheObjectOfMostOfItsVoxels() throws IOException {
		CliRun run = track("--snap-to-supervoxels", write("sv.tif", halves()), "--regions", write("boundary.tif", boundary()));
		assertEquals(0, run.exitCode(), run.err());
		assertHalvesFrom(0, "its supervoxel's majority");
	}

	@Test
	void supervoxelsToSnapToOfAnotherSizeAreBadInputAndNothingIsWritten() throws IOException {
		assertRefused(track("--snap-to-supervoxels", write("short.tif", ArrayImgs.unsignedLongs(W, H, D - 1))),
				"supervoxels to snap to are 32 x 32 x 2 voxels, the EM 32 x 32 x 3", "short.tif");
	}

	@Test
	void settingsOutOfRangeAreBadInputNamedBeforeAnythingIsRead() throws IOException {
		String[][] cases = { { "--digits", "-1" }, { "--redundant", "-2" }, { "--min-size", "-4" }, { "--tile", "-5" },
			{ "--min-agreement", "1.5" }, { "--dark-share", "2" }, { "--boundary", "3" }, { "--boundary", "0" }, { "--min-overlap", "7" },
			{ "--region-seeds", "9" }, { "--entering-share", "2" }, { "--voxel-confidence", "-1" }, { "--region-seed-distance", "-1" } };
		for (String[] option : cases) {
			CliRun run = CliRun.of("track", "--raw", dir.resolve("not-there.tif").toString(), "--seeds", dir.resolve("no-seeds.tif").toString(),
					"--model", "src/main/resources/models/track-3c-k4.zip", option[0], option[1], "-o", dir.resolve("out.tif").toString());
			assertRefused(run, option[0] + " ");
			assertFalse(run.err().contains("not-there") || run.err().contains("no-seeds"), "no file is read first: " + run.err());
		}
	}

	/** Every voxel of sections {@code first} on is 3 left of x = 20 and 8 from there on, as {@link #halves()}. */
	private void assertHalvesFrom(int first, String why) throws IOException {
		var out = connectomej.io.LabelVolumes.of(VolumeFiles.read(dir.resolve("out.tif").toString()).data(), dir.resolve("out.tif"));
		for (int z = first; z < D; z++) {
			long[] section = Sections.labels(out, z);
			for (int i = 0; i < section.length; i++)
				assertEquals(i % W < 20 ? 3 : 8, section[i], "section " + z + ", voxel " + i + ": " + why);
		}
	}

	/** The run was refused as bad input, with every one of {@code messages} in its error, and wrote nothing. */
	private void assertRefused(CliRun run, String... messages) {
		assertEquals(2, run.exitCode());
		for (String message : messages)
			assertTrue(run.err().contains(message), run.err());
		assertFalse(Files.exists(dir.resolve("out.tif")));
	}

	private CliRun track(String... more) throws IOException {
		String[] base = { "track", "--raw", write("raw.tif", raw()), "--seeds", write("seeds.tif", ArrayImgs.unsignedLongs(seeds(), W, H, 1)),
				"--model", "src/main/resources/models/track-3c-k4.zip", "-o", dir.resolve("out.tif").toString() };
		String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return CliRun.of(all);
	}

	private String write(String name, net.imglib2.RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>> image)
			throws IOException {
		Path file = dir.resolve(name);
		VolumeFiles.write(new Volume<>(image, new VoxelSize(4, 4, 40)), file.toString());
		return file.toString();
	}

	/** Two cells, left and right, split by a dark membrane at x = 15, 16 in every section. */
	private static net.imglib2.img.array.ArrayImg<net.imglib2.type.numeric.integer.UnsignedByteType, ?> raw() {
		byte[] v = new byte[W * H * D];
		for (int i = 0; i < v.length; i++)
			v[i] = (byte) (i % W == 15 || i % W == 16 ? 30 : 200 + (i * 7 % 13));
		return ArrayImgs.unsignedBytes(v, W, H, D);
	}

	private static net.imglib2.img.array.ArrayImg<net.imglib2.type.numeric.real.FloatType, ?> boundary() {
		float[] p = new float[W * H * D];
		for (int i = 0; i < p.length; i++)
			p[i] = i % W == 15 || i % W == 16 ? 0.9f : 0.05f;
		return ArrayImgs.floats(p, W, H, D);
	}

	/** Supervoxel 1 left of x = 20 (the left cell and a strip of the right one), supervoxel 2 from there on, in every section. */
	private static net.imglib2.img.array.ArrayImg<net.imglib2.type.numeric.integer.UnsignedLongType, ?> halves() {
		long[] v = new long[W * H * D];
		for (int i = 0; i < v.length; i++)
			v[i] = i % W < 20 ? 1 : 2;
		return ArrayImgs.unsignedLongs(v, W, H, D);
	}

	private static long[] seeds() {
		long[] s = new long[W * H];
		for (int i = 0; i < s.length; i++)
			s[i] = i % W < 15 ? 3 : i % W > 16 ? 8 : 0;
		return s;
	}
}
