package connectomej.nn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nd4j.shade.jackson.core.JsonProcessingException;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;
import org.nd4j.shade.jackson.databind.node.ArrayNode;
import org.nd4j.shade.jackson.databind.node.ObjectNode;

import connectomej.io.BadInputException;
import connectomej.volume.VoxelSize;

/** {@link ModelInfo} to and from JSON (Jackson as shaded by Deeplearning4j), with messages naming bad fields. */
final class ModelInfoJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ModelInfoJson() {}

	static String write(ModelInfo m) {
		ObjectNode o = JSON.createObjectNode();
		o.put("format_version", m.formatVersion()).put("task", m.task()).put("dimensions", m.dimensions())
				.put("input_channels", m.inputChannels());
		m.outputChannels().forEach(o.putArray("output_channels")::add);
		o.putObject("normalization").put("offset", m.normalization().offset()).put("scale", m.normalization().scale());
		ArrayNode vs = o.putArray("voxel_size_nm");
		for (double v : m.voxelSize().toArray())
			vs.add(v);
		ArrayNode patch = o.putArray("patch_size");
		for (int p : m.patchSize())
			patch.add(p);
		ArrayNode rf = o.putArray("receptive_field");
		for (long r : m.receptiveField())
			rf.add(r);
		o.put("size_multiple", m.sizeMultiple());
		o.putObject("training").put("data", m.training().data()).put("command", m.training().command());
		ObjectNode metrics = o.putObject("validation_metrics");
		new TreeMap<>(m.validationMetrics()).forEach(metrics::put);
		if (m.inputDownsampling() != 1)
			o.put("input_downsampling", m.inputDownsampling());
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static ModelInfo read(String text, Path file) {
		JsonNode o;
		try {
			o = JSON.readTree(text);
		} catch (JsonProcessingException e) {
			throw bad(file, "is not valid JSON: " + e.getOriginalMessage());
		}
		int version = field(o, "format_version", file).asInt();
		if (version != ModelInfo.FORMAT_VERSION)
			throw bad(file, "model format version " + version + " is not supported (this build reads version "
					+ ModelInfo.FORMAT_VERSION + ")");
		JsonNode n = field(o, "normalization", file), t = field(o, "training", file);
		try {
			return describe(o, n, t, version, file);
		} catch (IllegalArgumentException e) {
			throw bad(file, e.getMessage());
		}
	}

	private static ModelInfo describe(JsonNode o, JsonNode n, JsonNode t, int version, Path file) {
		return new ModelInfo(version, field(o, "task", file).asText(), field(o, "dimensions", file).asInt(),
				field(o, "input_channels", file).asInt(), strings(field(o, "output_channels", file)),
				new ModelInfo.Normalization(field(n, "offset", file).asDouble(), field(n, "scale", file).asDouble()),
				VoxelSize.ofXyz(doubles(field(o, "voxel_size_nm", file))), ints(field(o, "patch_size", file)),
				longs(field(o, "receptive_field", file)), field(o, "size_multiple", file).asInt(),
				new ModelInfo.Training(field(t, "data", file).asText(), field(t, "command", file).asText()),
				metrics(field(o, "validation_metrics", file)), inputDownsampling(o, file));
	}

	/** The optional {@code input_downsampling}: absent = 1; must be a whole number >= 1 (2D one-channel models only). */
	private static int inputDownsampling(JsonNode o, Path file) {
		JsonNode v = o.get("input_downsampling");
		if (v == null || v.isNull())
			return 1;
		if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1)
			throw bad(file, "field 'input_downsampling' must be a whole number >= 1, not " + v);
		return v.asInt();
	}

	private static JsonNode field(JsonNode o, String name, Path file) {
		JsonNode v = o.get(name);
		if (v == null || v.isNull())
			throw bad(file, "field '" + name + "' is missing");
		return v;
	}

	private static BadInputException bad(Path file, String problem) {
		return new BadInputException(file, ModelInfo.ENTRY + " " + problem);
	}

	private static List<String> strings(JsonNode a) {
		List<String> s = new ArrayList<>();
		a.forEach(e -> s.add(e.asText()));
		return s;
	}

	private static double[] doubles(JsonNode a) {
		double[] d = new double[a.size()];
		for (int i = 0; i < d.length; i++)
			d[i] = a.get(i).asDouble();
		return d;
	}

	private static int[] ints(JsonNode a) {
		int[] d = new int[a.size()];
		for (int i = 0; i < d.length; i++)
			d[i] = a.get(i).asInt();
		return d;
	}

	private static long[] longs(JsonNode a) {
		long[] d = new long[a.size()];
		for (int i = 0; i < d.length; i++)
			d[i] = a.get(i).asLong();
		return d;
	}

	private static Map<String, Double> metrics(JsonNode o) {
		Map<String, Double> m = new TreeMap<>();
		o.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asDouble()));
		return m;
	}
}
