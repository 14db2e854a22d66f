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

	/**
	 * A shipped model at a path that stays the same from run to run (and changes with the model's content): a copy
	 * in {@code <java.io.tmpdir>/connectomej-models/}, written once. Pipeline runs record the model path in their
	 * settings, so only a stable path lets a later run resume them.
	 *
	 * @param resource such as {@link #MEMBRANE}
	 * @throws IllegalStateException when the build does not hold it
	 */
	public static Path stable(String resource) throws IOException {
		byte[] bytes;
		try (InputStream in = DefaultModels.class.getResourceAsStream(resource)) {
			if (in == null)
				throw new IllegalStateException("this build ships no " + resource);
			bytes = in.readAllBytes();
		}
		String name = Path.of(resource).getFileName().toString().replaceFirst("\\.zip$", "");
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "connectomej-models", name + "-" + digest(bytes) + ".zip");
		if (!Files.exists(file) || Files.size(file) != bytes.length) {
			Files.createDirectories(file.getParent());
			connectomej.io.AtomicFiles.write(file, tmp -> Files.write(tmp, bytes));
		}
		return file;
	}

	private static String digest(byte[] bytes) {
		try {
			byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
			return java.util.HexFormat.of().formatHex(d, 0, 6);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
