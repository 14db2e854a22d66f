package connectomej.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;
import connectomej.volume.Volume;
import ij.IJ;
import ij.ImagePlus;
import net.imglib2.RandomAccess;
import net.imglib2.type.numeric.RealType;

/** Reads every TIFF of the shared EM data and checks it against ImageJ's own reader. */
class TiffStacksSharedDataTest {

	private static final Path DATA = Path.of("../shared/data");

	@TempDir
	Path dir;

	static List<Path> sharedTiffs() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(DATA), "shared EM data absent");
		try (Stream<Path> files = Files.walk(DATA)) {
			return files.filter(p -> p.toString().endsWith(".tif")).sorted().toList();
		}
	}

	@Test
	void everySharedTiffReadsLikeImageJ() throws Exception {
		List<Path> files = sharedTiffs();
		assertTrue(files.size() >= 10, "found " + files.size() + " TIFFs");
		for (Path file : files) {
			Volume<? extends RealType<?>> v = TiffStacks.read(file);
			ImagePlus imp = IJ.openImage(file.toString());
			String name = file.toString();
			assertEquals(imp.getWidth(), v.width(), name);
			assertEquals(imp.getHeight(), v.height(), name);
			assertEquals(imp.getStackSize(), v.depth(), name);
			assertEquals(imp.getBitDepth(), v.data().getType().getBitsPerPixel(), name);
			RandomAccess<? extends RealType<?>> a = v.data().randomAccess();
			for (int z = 0; z < v.depth(); z += 5)
				for (int y = 0; y < v.height(); y += 37)
					for (int x = 0; x < v.width(); x += 23)
						assertEquals(imp.getStack().getProcessor(z + 1).getf(x, y),
								a.setPositionAndGet(x, y, z).getRealFloat(), name + " at " + x + "," + y + "," + z);
		}
	}

	@Test
	void truncatedCopyOfARealFileIsBadInput() throws Exception {
		Path source = DATA.resolve("isbi2012/train-labels.tif");
		Assumptions.assumeTrue(Files.exists(source), "isbi2012 data absent");
		byte[] bytes = Files.readAllBytes(source);
		Path cut = dir.resolve("train-labels-truncated.tif");
		Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 5000));
		BadInputException e = assertThrows(BadInputException.class, () -> TiffStacks.read(cut));
		assertTrue(e.getMessage().contains("truncated TIFF") && e.getMessage().contains("page"), e.getMessage());
		assertTrue(e.getMessage().contains("file has " + (bytes.length - 5000) + " bytes"), e.getMessage());
	}
}
