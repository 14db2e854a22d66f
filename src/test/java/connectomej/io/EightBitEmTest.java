package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

/** EM for the networks: 8-bit values; a 16-bit or float stack is read when its values stay in 0-255, else refused. */
class EightBitEmTest {

	@TempDir
	Path dir;

	@Test
	void sixteenBitEmWithinTheEightBitRangeIsRead() throws Exception {
		Path file = write("in-range.tif", new short[] { 0, 17, 255, 3 });
		assertEquals(255, EightBitEm.read(file.toString()).data().randomAccess().setPositionAndGet(0, 1, 0).getRealDouble());
		try (SectionSource s = EightBitEm.open(file.toString())) {
			assertEquals(17, s.read(0, 0).randomAccess().setPositionAndGet(1, 0, 0).getRealDouble());
		}
	}

	@Test
	void sixteenBitEmBeyondTheEightBitRangeIsRefusedNamingTheFileAndRange() throws Exception {
		Path file = write("fibsem.tif", new short[] { 3084, 17, (short) 59881, 300 });
		String expected = file + ": EM values run from 17 to 59881 (16-bit): the networks read 8-bit EM, 0-255; convert the stack to "
				+ "8-bit first (in Fiji: Image > Type > 8-bit, which maps its display range to 0-255)";
		assertEquals(expected, assertThrows(BadInputException.class, () -> EightBitEm.read(file.toString())).getMessage());
		try (SectionSource s = EightBitEm.open(file.toString())) {
			assertEquals(expected, assertThrows(BadInputException.class, () -> s.read(0, 0)).getMessage(), "each slab is checked as read");
		}
	}

	@Test
	void floatEmWithNaNOrNegativeValuesIsRefused() {
		var nan = ArrayImgs.floats(new float[] { 0.5f, Float.NaN }, 2, 1, 1);
		BadInputException e = assertThrows(BadInputException.class, () -> EightBitEm.require(nan, null));
		assertEquals("EM values run from 0.5000 to 0.5000 with NaN (32-bit float): the networks read 8-bit EM, 0-255; convert the stack "
				+ "to 8-bit first (in Fiji: Image > Type > 8-bit, which maps its display range to 0-255)", e.getMessage());
		assertThrows(BadInputException.class, () -> EightBitEm.require(ArrayImgs.floats(new float[] { -1, 2 }, 2, 1, 1), null));
		EightBitEm.require(ArrayImgs.floats(new float[] { 0, 254.5f }, 2, 1, 1), null);
	}

	private Path write(String name, short[] values) throws Exception {
		Path file = dir.resolve(name);
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedShorts(values, 2, 2, 1), new VoxelSize(4, 4, 40)), file, TiffOptions.DEFAULT);
		return file;
	}
}
