package connectomej.nn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The models shipped in the jar under {@code /models/}, trained by the project's own {@code train} command. */
public final class DefaultModels {

	/** Resource name of the default membrane model (a {@link ShallowMembraneNet}). */
	public static final String MEMBRANE = "/models/membrane-shallow.zip";

	/** Resource name of the light cleft net (task {@code cleft}), a 3-level 2D U-Net trained on synthetic TEM. */
	public static final String CLEFT = "/models/cleft-light.zip";

	/** Resource name of the light vesicle net (task {@code vesicle}), a 3-level 2D U-Net trained on synthetic TEM. */
	public static final String VESICLE = "/models/vesicle-light.zip";

	/** Resource name of the 3D MergeNet (task {@code mergenet}) trained on synthetic neurites only. */
	public static final String MERGENET = "/models/mergenet-synthetic.zip";

	private DefaultModels() {}

	/**
	 * Copies a shipped model out of the jar into a temporary file (deleted when the JVM exits), so it can be opened
	 * like any model file.
	 *
	 * @param resource such as {@link #MEMBRANE}
	 * @throws IllegalStateException when the build does not hold it
	 */
	public static Path extract(String resource) throws IOException {
		try (InputStream in = DefaultModels.class.getResourceAsStream(resource)) {
			if (in == null)
				throw new IllegalStateException("this build ships no " + resource);
			Path file = Files.createTempFile("connectomej-model-", ".zip");
			file.toFile().deleteOnExit();
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
	}
}
