package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.nn.ModelInfo;
import connectomej.track.ColourModel;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

class TrackCommandTest {

	@TempDir
	static Path dir;

	@BeforeAll
	static void files() throws Exception {
		byte[] em = new byte[8 * 8 * 3];
		for (int i = 0; i < em.length; i++)
			em[i] = (byte) (i * 37 % 251);
		write(ArrayImgs.unsignedBytes(em, 8, 8, 3), "raw.h5:/raw");
		long[] seeds = new long[8 * 8], five = new long[8 * 8];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = i % 8 < 4 ? 1 : 2;
			five[i] = 1 + i % 5;
		}
		write(ArrayImgs.unsignedLongs(seeds, 8, 8, 1), "seeds.h5:/gt");
		write(ArrayImgs.unsignedLongs(new long[64], 8, 8, 1), "empty.h5:/gt");
		write(ArrayImgs.unsignedLongs(five, 8, 8, 1), "five.h5:/gt");
		write(ArrayImgs.unsignedLongs(new long[48], 6, 8, 1), "narrow.h5:/gt");
		ColourModel.create(2, 2, 4, 1, 1e-3).save(dir.resolve("m.zip"), 8, new ModelInfo.Training("test", "test"), Map.of());
	}

	private static void write(net.imglib2.img.Img<? extends net.imglib2.type.numeric.RealType<?>> img, String location) throws Exception {
		VolumeFiles.write(new Volume<>(img, new VoxelSize(1, 1, 1)), dir.resolve(location).toString());
	}

	private static CliRun track(String seeds, String out, String... more) {
		return trackWith("m.zip", seeds, out, more);
	}

	private static CliRun trackWith(String model, String seeds, String out, String... more) {
		String[] base = { "track", "--raw", dir.resolve("raw.h5:/raw").toString(), "--seeds", dir.resolve(seeds).toString(),
				"--model", dir.resolve(model).toString(), "-o", dir.resolve(out).toString() };
		String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
		System.arraycopy(more, 0, all, base.length, more.length);
		return CliRun.of(all);
	}

	@Test
	void tracksIntoAVolumeOfTheEmSize() throws Exception {
		CliRun r = track("seeds.h5:/gt", "out.h5:/labels");
		assertEquals(0, r.exitCode(), r.err());
		assertArrayEquals(new long[] { 8, 8, 3 }, VolumeFiles.read(dir.resolve("out.h5:/labels").toString()).data().dimensionsAsLongArray());
		assertEquals(0, track("seeds.h5:/gt", "slow.h5:/labels", "--one-at-a-time").exitCode());
	}

	@Test
	void decodesByVoxelByEmRegionsOrByABoundaryMapInTiles() throws Exception {
		write(ArrayImgs.floats(new float[8 * 8 * 3], 8, 8, 3), "boundary.h5:/p");
		for (String[] options : new String[][] { { "--regions", "voxel" }, { "--regions", dir.resolve("boundary.h5:/p").toString(), "--tile", "4" } }) {
			CliRun r = track("seeds.h5:/gt", "regions-" + options.length + ".h5:/labels", options);
			assertEquals(0, r.exitCode(), r.err());
			assertArrayEquals(new long[] { 8, 8, 3 }, VolumeFiles.read(dir.resolve("regions-" + options.length + ".h5:/labels").toString()).data().dimensionsAsLongArray());
		}
		write(ArrayImgs.floats(new float[4 * 8 * 3], 4, 8, 3), "small.h5:/p");
		assertRefused(track("seeds.h5:/gt", "d.h5:/labels", "--regions", dir.resolve("small.h5:/p").toString()), "not the size of the EM", "d.h5");
	}

	@Test
	void aModelThatReadsABoundaryMapTracksWithOneInTilesOrNotAndIsRefusedWithout() throws Exception {
		ColourModel.create(2, 1, 2, 4, 1, 1e-3).save(dir.resolve("map-model.zip"), 8, new ModelInfo.Training("test", "test"), Map.of());
		float[] map = new float[8 * 8 * 3];
		for (int i = 0; i < map.length; i++)
			map[i] = i % 8 == 4 ? 0.9f : 0.1f;
		write(ArrayImgs.floats(map, 8, 8, 3), "map.h5:/p");
		String model = "map-model.zip";
		CliRun r = trackWith(model, "seeds.h5:/gt", "mapped.h5:/labels", "--regions", dir.resolve("map.h5:/p").toString());
		assertEquals(0, r.exitCode(), r.err());
		assertArrayEquals(new long[] { 8, 8, 3 }, VolumeFiles.read(dir.resolve("mapped.h5:/labels").toString()).data().dimensionsAsLongArray());
		CliRun refused = trackWith(model, "seeds.h5:/gt", "unmapped.h5:/labels", "--regions", "voxel");
		assertRefused(refused, "reads a boundary map", "unmapped.h5");
		assertTrue(refused.err().contains("map-model.zip"), refused.err());
		CliRun tiled = trackWith(model, "seeds.h5:/gt", "tiled.h5:/labels", "--regions", dir.resolve("map.h5:/p").toString(), "--tile", "4");
		assertEquals(0, tiled.exitCode(), tiled.err());
		assertRefused(trackWith(model, "seeds.h5:/gt", "single.h5:/labels", "--regions", dir.resolve("map.h5:/p").toString(), "--one-at-a-time"),
				"one-at-a-time", "single.h5");
	}

	@Test
	void aModelThatReadsSectionsAheadTracksToTheLastSectionAndIsRefusedOneAtATime() throws Exception {
		ColourModel.create(2, 1, 2, 2, 4, 1, 1e-3).save(dir.resolve("ahead-model.zip"), 8, new ModelInfo.Training("test", "test"), Map.of());
		write(ArrayImgs.floats(new float[8 * 8 * 3], 8, 8, 3), "ahead-map.h5:/p");
		String map = dir.resolve("ahead-map.h5:/p").toString();
		CliRun r = trackWith("ahead-model.zip", "seeds.h5:/gt", "ahead.h5:/labels", "--regions", map);
		assertEquals(0, r.exitCode(), r.err());
		var labels = LabelVolumes.of(VolumeFiles.read(dir.resolve("ahead.h5:/labels").toString()).data(), dir);
		assertTrue(java.util.Arrays.stream(connectomej.track.Sections.labels(labels, 2)).allMatch(id -> id > 0),
				"the last section, whose sections ahead lie past the stack's end, is labelled");
		CliRun tiled = trackWith("ahead-model.zip", "seeds.h5:/gt", "ahead-tiled.h5:/labels", "--regions", map, "--tile", "4");
		assertEquals(0, tiled.exitCode(), tiled.err());
		CliRun single = trackWith("ahead-model.zip", "seeds.h5:/gt", "ahead-single.h5:/labels", "--regions", map, "--one-at-a-time");
		assertRefused(single, "sections beyond the next one", "ahead-single.h5");
		assertTrue(single.err().contains("ahead-model.zip"), single.err());
	}

	@Test
	void aModelThatReadsTheSectionBeforeTracksWith3CAndIsRefusedOneAtATime() throws Exception {
		ColourModel.create(2, 0, 0, 1, 2, 4, 1, 1e-3).save(dir.resolve("behind-model.zip"), 8, new ModelInfo.Training("test", "test"), Map.of());
		CliRun r = trackWith("behind-model.zip", "seeds.h5:/gt", "behind.h5:/labels");
		assertEquals(0, r.exitCode(), r.err());
		var labels = LabelVolumes.of(VolumeFiles.read(dir.resolve("behind.h5:/labels").toString()).data(), dir);
		assertTrue(java.util.Arrays.stream(connectomej.track.Sections.labels(labels, 2)).allMatch(id -> id > 0),
				"the last section is labelled");
		CliRun single = trackWith("behind-model.zip", "seeds.h5:/gt", "behind-single.h5:/labels", "--one-at-a-time");
		assertRefused(single, "the section before the seed section", "behind-single.h5");
		assertTrue(single.err().contains("behind-model.zip"), single.err());
	}

	@Test
	void anOutputIntoTheFileOfAnInputIsRefusedAndTheInputKept() throws Exception {
		write(ArrayImgs.floats(new float[8 * 8 * 3], 8, 8, 3), "shared.h5:/p");
		String location = dir.resolve("shared.h5:/p").toString();
		CliRun r = track("seeds.h5:/gt", "shared.h5:/labels", "--regions", location);
		assertEquals(2, r.exitCode(), r.err());
		assertTrue(r.err().contains("shared.h5") && r.err().contains("also an input"), r.err());
		write(ArrayImgs.floats(new float[8 * 8 * 3], 8, 8, 3), "notes.h5:/mine");
		CliRun other = track("seeds.h5:/gt", "notes.h5:/labels");
		assertEquals(2, other.exitCode(), other.err());
		assertTrue(other.err().contains("notes.h5") && other.err().contains("other datasets (/mine)"), other.err());
		assertArrayEquals(new long[] { 8, 8, 3 }, VolumeFiles.read(dir.resolve("notes.h5:/mine").toString()).data().dimensionsAsLongArray());
		assertArrayEquals(new long[] { 8, 8, 3 }, VolumeFiles.read(location).data().dimensionsAsLongArray(), "the map is still there");
		write(ArrayImgs.unsignedBytes(new byte[8 * 8 * 3], 8, 8, 3), "raw.tif");
		byte[] raw = Files.readAllBytes(dir.resolve("raw.tif"));
		CliRun same = CliRun.of("track", "--raw", dir.resolve("raw.tif").toString(), "--seeds", dir.resolve("seeds.h5:/gt").toString(),
				"--model", dir.resolve("m.zip").toString(), "-o", dir.resolve("raw.tif").toString());
		assertEquals(2, same.exitCode(), same.err());
		assertTrue(same.err().contains("also an input"), same.err());
		assertArrayEquals(raw, Files.readAllBytes(dir.resolve("raw.tif")), "the EM is unchanged");
	}

	@Test
	void regionSeedDistanceIsPassedToTheRegionsAndMustNotBeNegative() throws Exception {
		float[] map = new float[8 * 8 * 3];
		for (int i = 0; i < map.length; i++)
			map[i] = i % 8 == 4 ? 0.9f : 0.1f;
		write(ArrayImgs.floats(map, 8, 8, 3), "distance.h5:/p");
		String location = dir.resolve("distance.h5:/p").toString();
		CliRun r = track("seeds.h5:/gt", "distance-labels.h5:/labels", "--regions", location, "--region-seed-distance", "2");
		assertEquals(0, r.exitCode(), r.err());
		CliRun refused = track("seeds.h5:/gt", "negative-distance.h5:/labels", "--regions", location, "--region-seed-distance", "-1");
		assertRefused(refused, "region seed distance", "negative-distance.h5");
	}

	@Test
	void enteringShareStartsObjectsOverTheErasedBoundaryAndNeedsRegions() throws Exception {
		float[] map = new float[8 * 8 * 3];
		for (int i = 0; i < map.length; i++)
			map[i] = i / 64 == 1 ? 0.9f : 0.1f; // section 1 is all boundary: its labels seed section 2 fully erased
		write(ArrayImgs.floats(map, 8, 8, 3), "entering.h5:/p");
		String location = dir.resolve("entering.h5:/p").toString();
		CliRun r = track("seeds.h5:/gt", "new-entering.h5:/labels", "--regions", location, "--boundary", "0.5", "--min-agreement", "0",
				"--entering-share", "0.5"); // without the rule every region would join its best word
		assertEquals(0, r.exitCode(), r.err());
		var labels = VolumeFiles.read(dir.resolve("new-entering.h5:/labels").toString()).data();
		java.util.Set<Long> before = new java.util.HashSet<>();
		for (long id : connectomej.track.Sections.labels(LabelVolumes.of(labels, dir), 1))
			before.add(id);
		for (long id : connectomej.track.Sections.labels(LabelVolumes.of(labels, dir), 2))
			assertFalse(before.contains(id), "section 2 lies over erased seeds only, so its objects are new, not " + id);
		assertRefused(track("seeds.h5:/gt", "voxel-entering.h5:/labels", "--regions", "voxel", "--entering-share", "0.5"), "entering share",
				"voxel-entering.h5");
		assertRefused(track("seeds.h5:/gt", "big-entering.h5:/labels", "--regions", location, "--entering-share", "2"), "entering share",
				"big-entering.h5");
	}

	@Test
	void confidentVoxelsKeepTheirOwnObjectInsideARegion() throws Exception {
		write(ArrayImgs.floats(new float[8 * 8 * 3], 8, 8, 3), "flat.h5:/p"); // no boundary: one region per section
		String location = dir.resolve("flat.h5:/p").toString();
		assertEquals(0, track("seeds.h5:/gt", "regions-only.h5:/labels", "--regions", location, "--min-agreement", "0").exitCode());
		assertEquals(0, track("seeds.h5:/gt", "confident.h5:/labels", "--regions", location, "--min-agreement", "0", "--voxel-confidence", "0")
				.exitCode());
		var regionsOnly = LabelVolumes.of(VolumeFiles.read(dir.resolve("regions-only.h5:/labels").toString()).data(), dir);
		var confident = LabelVolumes.of(VolumeFiles.read(dir.resolve("confident.h5:/labels").toString()).data(), dir);
		java.util.Set<Long> one = new java.util.HashSet<>(), kept = new java.util.HashSet<>();
		for (long id : connectomej.track.Sections.labels(regionsOnly, 1))
			one.add(id);
		for (long id : connectomej.track.Sections.labels(confident, 1))
			kept.add(id);
		assertEquals(1, one.size(), "the one region takes one object");
		assertTrue(kept.size() > 1, "every voxel keeps its own decoding at confidence 0: " + kept);
	}

	@Test
	void badInputSaysWhatIsWrongAndWritesNothing() {
		assertRefused(track("empty.h5:/gt", "a.h5:/labels"), "no object", "a.h5");
		assertRefused(track("five.h5:/gt", "b.h5:/labels", "--digits", "2", "--redundant", "0"), "use 3 digits, or 3 colours", "b.h5");
		assertRefused(track("narrow.h5:/gt", "c.h5:/labels"), "6 x 8", "c.h5");
	}

	private static void assertRefused(CliRun r, String message, String output) {
		assertEquals(2, r.exitCode(), r.err());
		assertTrue(r.err().contains(message), r.err());
		assertFalse(Files.exists(dir.resolve(output)));
	}
}
