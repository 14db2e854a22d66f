package connectomej.nn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;

/**
 * Model files: one {@code .zip} holding Deeplearning4j's serialized network (as {@link ModelSerializer} writes it)
 * and {@value ModelInfo#ENTRY}. Loading checks both and names what is wrong.
 */
public final class ModelFiles {

	private ModelFiles() {}

	/**
	 * Writes a model file atomically (a temporary file in the same folder, renamed when complete).
	 *
	 * @param file the {@code .zip} to write; replaced if present
	 * @param network the network
	 * @param info its description
	 * @param withUpdater true to keep the optimizer state (checkpoints that training resumes from)
	 */
	public static void save(Path file, ComputationGraph network, ModelInfo info, boolean withUpdater) throws IOException {
		AtomicFiles.write(file, tmp -> {
			Path dl4j = AtomicFiles.temporaryOutput(tmp);
			try {
				ModelSerializer.writeModel(network, dl4j.toFile(), withUpdater);
				try (ZipFile in = new ZipFile(dl4j.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
					copyEntries(in, out);
					out.putNextEntry(new ZipEntry(ModelInfo.ENTRY));
					out.write(ModelInfoJson.write(info).getBytes(StandardCharsets.UTF_8));
					out.closeEntry();
				}
			} finally {
				Files.deleteIfExists(dl4j);
				AtomicFiles.released(dl4j);
			}
		});
	}

	private static void copyEntries(ZipFile in, ZipOutputStream out) throws IOException {
		for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
			ZipEntry entry = e.nextElement();
			out.putNextEntry(new ZipEntry(entry.getName()));
			try (InputStream s = in.getInputStream(entry)) {
				s.transferTo(out);
			}
			out.closeEntry();
		}
	}

	/**
	 * Reads and checks a model file.
	 *
	 * @param file the model {@code .zip}
	 * @param expectedTask the task the caller needs, e.g. {@code "membrane"}; null accepts any
	 * @param expectedInputChannels the channels the caller will feed; <= 0 accepts any
	 * @throws BadInputException naming the file and the problem: not a zip or truncated, no description, unknown
	 *         format version, another task or channel count, a network that cannot be read
	 */
	public static StoredModel load(Path file, String expectedTask, int expectedInputChannels) {
		ModelInfo info = readInfo(file);
		if (expectedTask != null && !expectedTask.equals(info.task()))
			throw new BadInputException(file, "model is for task '" + info.task() + "', expected '" + expectedTask + "'");
		if (expectedInputChannels > 0 && info.inputChannels() != expectedInputChannels)
			throw new BadInputException(file, "model reads " + info.inputChannels() + " input channel(s), the data has "
					+ expectedInputChannels);
		FastPath.enableUnlessDisabledByUser();
		ComputationGraph network;
		try {
			network = ModelSerializer.restoreComputationGraph(file.toFile(), true);
		} catch (IOException | RuntimeException e) {
			throw new BadInputException(file, "the network inside cannot be read (" + e.getMessage() + ")", e);
		}
		long reads = inputChannels(network);
		if (reads > 0 && reads != info.inputChannels())
			throw new BadInputException(file, "the description says the model reads " + info.inputChannels()
					+ " input channel(s), its network reads " + reads);
		return new StoredModel(network, info);
	}

	/** The channels the first layer after the network's input reads, or -1 when that is not a layer with a fixed count. */
	static long inputChannels(ComputationGraph network) {
		ComputationGraphConfiguration conf = network.getConfiguration();
		String input = conf.getNetworkInputs().get(0);
		for (var e : conf.getVertexInputs().entrySet())
			if (e.getValue().contains(input) && conf.getVertices().get(e.getKey()) instanceof LayerVertex v
					&& v.getLayerConf().getLayer() instanceof FeedForwardLayer f)
				return f.getNIn();
		return -1;
	}

	/** Only the description of a model file, checked (format version, fields). */
	public static ModelInfo readInfo(Path file) {
		if (!Files.isRegularFile(file))
			throw new BadInputException(file, "model file not found");
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry(ModelInfo.ENTRY);
			if (entry == null)
				throw new BadInputException(file, "no " + ModelInfo.ENTRY + " inside: not a ConnectomeJ model");
			if (zip.getEntry("configuration.json") == null || zip.getEntry("coefficients.bin") == null)
				throw new BadInputException(file, "no Deeplearning4j network inside (configuration.json, coefficients.bin)");
			try (InputStream s = zip.getInputStream(entry)) {
				return ModelInfoJson.read(new String(s.readAllBytes(), StandardCharsets.UTF_8), file);
			}
		} catch (IOException e) {
			throw new BadInputException(file, "not a zip file, or truncated (" + e.getMessage() + ")", e);
		}
	}
}
