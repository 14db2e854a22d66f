package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The images the README shows: each exists, is a PNG and stays under 200 KB, and the walk-through shows them all. */
class ReadmeImagesTest {

	private static final long MAX_BYTES = 200 * 1024;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Test
	void everyImageExistsAndIsASmallPng() throws Exception {
		List<String> images = images(Files.readString(Path.of("README.md")));
		for (String name : List.of("fiji-menu.png", "fiji-dialog.png", "fiji-probabilities.png", "fiji-labels-synapses.png", "fiji-tables.png"))
			assertTrue(images.contains("docs/" + name), "README shows docs/" + name);
		for (String image : images) {
			Path file = Path.of(image);
			assertTrue(Files.isRegularFile(file), image + " exists");
			assertTrue(Files.size(file) < MAX_BYTES, image + " is " + Files.size(file) / 1024 + " KB");
			byte[] head = new byte[PNG_SIGNATURE.length];
			try (var in = Files.newInputStream(file)) {
				assertTrue(in.read(head) == head.length && java.util.Arrays.equals(PNG_SIGNATURE, head), image + " is a PNG");
			}
		}
	}

	/** The targets of the Markdown images {@code ![alt](target)} in {@code markdown}. */
	private static List<String> images(String markdown) {
		Matcher m = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(markdown);
		List<String> targets = new ArrayList<>();
		while (m.find())
			targets.add(m.group(1));
		return targets;
	}
}
