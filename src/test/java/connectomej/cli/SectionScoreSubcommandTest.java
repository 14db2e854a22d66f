package connectomej.cli;

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
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/** {@code connectomej section-score}: ISBI 2012 scores of a map or a segmentation against a membrane mask. */
class SectionScoreSubcommandTest {

	@TempDir
	Path dir;

	/** Two sections of 8 x 6: a vertical membrane at x = 3 splits each into two cells (membrane value 0). */
	private Path membraneMask() throws Exception {
		ArrayImg<UnsignedByteType, ?> mask = ArrayImgs.unsignedBytes(8, 6, 2);
		mask.forEach(t -> t.set(255));
		Views.interval(mask, new long[] { 3, 0, 0 }, new long[] { 3, 5, 1 }).forEach(t -> t.set(0));
		return write(mask, "mask.tif");
	}

	private Path write(net.imglib2.RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>> v, String name) throws Exception {
		Path file = dir.resolve(name);
		VolumeFiles.write(new Volume<>(v, VoxelSize.UNIT), file.toString());
		return file;
	}

	@Test
	void aPerfectMapScoresOneAndAMapMissingTheMembraneScoresLess() throws Exception {
		Path mask = membraneMask();
		ArrayImg<FloatType, ?> perfect = ArrayImgs.floats(8, 6, 2);
		Views.interval(perfect, new long[] { 3, 0, 0 }, new long[] { 3, 5, 1 }).forEach(t -> t.set(1));
		Path json = dir.resolve("s.json");
		assertEquals(0, Main.run("section-score", "--prob", write(perfect, "p.tif").toString(), "--membrane-gt", mask.toString(), "-o", json.toString()));
		assertEquals(1.0, vRand(json), 1e-9);
		assertEquals(0, Main.run("section-score", "--prob", write(ArrayImgs.floats(8, 6, 2), "flat.tif").toString(), "--membrane-gt", mask.toString(), "-o", json.toString()));
		assertTrue(vRand(json) < 0.9, "" + vRand(json));
	}

	@Test
	void scoresASegmentationAndWritesTheGroundTruthComponents() throws Exception {
		Path mask = membraneMask();
		Path gtOut = dir.resolve("gt.tif");
		ArrayImg<UnsignedShortType, ?> oneCell = ArrayImgs.unsignedShorts(8, 6, 2);
		oneCell.forEach(t -> t.set(7));
		Path json = dir.resolve("s.json");
		assertEquals(0, Main.run("section-score", "--seg", write(oneCell, "seg.tif").toString(), "--membrane-gt", mask.toString(),
				"--write-gt", gtOut.toString(), "-o", json.toString()));
		var gt = VolumeFiles.read(gtOut.toString()).data();
		var at = gt.randomAccess();
		at.setPosition(new long[] { 0, 0, 1 });
		double left = at.get().getRealDouble();
		at.setPosition(new long[] { 7, 5, 1 });
		double right = at.get().getRealDouble();
		at.setPosition(new long[] { 3, 2, 1 });
		assertEquals(0, at.get().getRealDouble(), "the membrane is no component");
		assertTrue(left > 0 && right > 0 && left != right, left + " " + right);
		assertTrue(Files.readString(json).contains("\"segmentation\""), Files.readString(json));
		// Cells of 18 and 24 pixels merged: split score 1, merge score (18^2 + 24^2) / 42^2, V_rand their F-score.
		double merge = (18.0 * 18 + 24 * 24) / (42.0 * 42);
		assertEquals(2 * merge / (1 + merge), vRand(json), 1e-9);
	}

	/** The first V_rand in a scores file. */
	private static double vRand(Path json) throws Exception {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"v_rand\": ?([-0-9.eE]+)").matcher(Files.readString(json));
		assertTrue(m.find(), Files.readString(json));
		return Double.parseDouble(m.group(1));
	}

	@Test
	void needsExactlyOneOfMapAndSegmentationAndMatchingShapes() throws Exception {
		Path mask = membraneMask();
		assertEquals(2, Main.run("section-score", "--membrane-gt", mask.toString()));
		Path small = write(ArrayImgs.floats(8, 5, 2), "small.tif");
		assertEquals(2, Main.run("section-score", "--prob", small.toString(), "--membrane-gt", mask.toString()));
		assertEquals(2, Main.run("section-score", "--prob", small.toString(), "--seg", small.toString(), "--membrane-gt", mask.toString()));
	}
}
