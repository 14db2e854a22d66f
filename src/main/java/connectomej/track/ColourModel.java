package connectomej.track;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;

import connectomej.nn.DihedralAveraging;
import connectomej.nn.Dl4jBackend;
import connectomej.nn.EnsembleAveraging;
import connectomej.nn.InferenceBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.nn.UNet;
import connectomej.volume.VoxelSize;

/**
 * The 3C colour-propagation network (Meirovitch, Mi et al. 2018, arXiv 1812.01157): a small 2D U-Net whose input is
 * the EM of a seed section, the EM of the next section, optionally the next section's boundary probability (a 2.5D map
 * that sees membranes lying along the section, which two EM sections barely show), and a one-hot k-channel map of the
 * seed section's objects coloured by one digit of their code words; its output is a k-way softmax colour for every
 * voxel of the next section. One network serves every digit. Optionally the network also sees the EM (and map) of
 * {@code ahead} sections beyond the next one ("the seed section and the next section(s)" of issue 6): where a thin
 * object goes in the sections after can tell which region of the next section continues it. Optionally ({@code behind}
 * 1) it also sees the section before the seed section, its EM and its objects coloured by the same digit: how a
 * membrane moved from there to the seed section tells where it lies in the next one (a 3D context of three sections).
 * <p>
 * Input channels, layout [batch, channel, y, x]: seed EM, next EM, the next map (if {@code maps} is 1), the EM of the
 * sections ahead, their maps (if {@code maps} is 1), then the k colours, then (if {@code behind} is 1) the EM of the
 * section before the seed and its k colours: {@code 2 + maps + ahead * (1 + maps) + k + behind * (1 + k)}.
 *
 * @param network input "input", output "output"
 * @param colours k
 * @param sizeMultiple network input sizes must be multiples of this; sections are padded by edge replication
 * @param maps boundary-map channels of the next section in the input: 0 or 1
 * @param ahead sections beyond the next one whose EM (and map) the network reads, >= 0
 * @param behind sections before the seed section whose EM and colours the network reads: 0 or 1
 * @param inference how the colours are predicted from the network input: the network itself, or an average of views
 *        ({@link #withDihedralAveraging}) or of networks ({@link #averagedWith}) that share this input layout
 */
public record ColourModel(ComputationGraph network, int colours, int sizeMultiple, int maps, int ahead, int behind, InferenceBackend inference) {

	/** The network predicts on its own. */
	public ColourModel(ComputationGraph network, int colours, int sizeMultiple, int maps, int ahead, int behind) {
		this(network, colours, sizeMultiple, maps, ahead, behind,
				new Dl4jBackend(network, contextChannels(maps, ahead) + colours + behind * (1 + colours), colours, 1));
	}

	/** A model that reads no section beyond the next one. */
	public ColourModel(ComputationGraph network, int colours, int sizeMultiple, int maps) {
		this(network, colours, sizeMultiple, maps, 0);
	}

	/** A model that reads no section before the seed section. */
	public ColourModel(ComputationGraph network, int colours, int sizeMultiple, int maps, int ahead) {
		this(network, colours, sizeMultiple, maps, ahead, 0);
	}

	/** The task name in the model description. */
	public static final String TASK = "track-3c";

	/**
	 * A fresh network.
	 *
	 * @param colours k >= 2
	 * @param levels U-Net levels
	 * @param baseWidth feature maps at full resolution
	 * @param seed weight initialisation seed
	 */
	public static ColourModel create(int colours, int levels, int baseWidth, long seed, double learningRate) {
		return create(colours, 0, levels, baseWidth, seed, learningRate);
	}

	/**
	 * A fresh network that also reads {@code maps} boundary maps of the next section (0 or 1).
	 *
	 * @see #create(int, int, int, long, double)
	 */
	public static ColourModel create(int colours, int maps, int levels, int baseWidth, long seed, double learningRate) {
		return create(colours, maps, 0, levels, baseWidth, seed, learningRate);
	}

	/**
	 * A fresh network that also reads the EM (and, with {@code maps} 1, the map) of {@code ahead} sections beyond the
	 * next one.
	 *
	 * @see #create(int, int, int, int, long, double)
	 */
	public static ColourModel create(int colours, int maps, int ahead, int levels, int baseWidth, long seed, double learningRate) {
		return create(colours, maps, ahead, 0, levels, baseWidth, seed, learningRate);
	}

	/**
	 * A fresh network that also reads the section before the seed section ({@code behind} 1).
	 *
	 * @see #create(int, int, int, int, int, long, double)
	 */
	public static ColourModel create(int colours, int maps, int ahead, int behind, int levels, int baseWidth, long seed, double learningRate) {
		if (behind < 0 || behind > 1)
			throw new IllegalArgumentException("a 3C model reads 0 or 1 sections before the seed section, not " + behind);
		UNet.Settings s = new UNet.Settings(2, contextChannels(maps, ahead) + colours + behind * (1 + colours), colours, levels, baseWidth, seed,
				learningRate);
		return new ColourModel(UNet.create(s), colours, s.sizeMultiple(), maps, ahead, behind);
	}

	/** Input channels: the EM sections, the boundary maps, k colours, and the section before with its k colours. */
	public int inputChannels() {
		return contextChannels(maps, ahead) + colours + behind * (1 + colours);
	}

	/**
	 * The description's receptive field: not measured in x and y (0, 0); in z, when the model reads sections ahead
	 * or behind, the sections it reads (the one before, seed, next and those ahead), and then, when it reads the one
	 * before, 1: this is how {@link #load} tells them from map channels.
	 */
	private long[] receptiveField() {
		if (behind > 0)
			return new long[] { 0, 0, 2 + ahead + behind, behind };
		return ahead == 0 ? new long[] { 0, 0 } : new long[] { 0, 0, 2 + ahead };
	}

	/** Channels before the colours: seed and next EM, the next map, and EM (and map) of each section ahead. */
	private static int contextChannels(int maps, int ahead) {
		return 2 + maps + ahead * (1 + maps);
	}

	/**
	 * Reads a model file written by {@link #save}.
	 *
	 * @throws connectomej.io.BadInputException when it is not a 3C model or cannot be read
	 */
	public static ColourModel load(Path file) {
		StoredModel m = ModelFiles.load(file, TASK, 0);
		long[] field = m.info().receptiveField();
		int colours = m.info().outputChannelCount(), behind = field.length > 3 ? Math.toIntExact(field[3]) : 0;
		int ahead = field.length > 2 ? Math.toIntExact(field[2]) - 2 - behind : 0;
		// the channels before the colours: 2 + maps * (1 + ahead) + ahead
		int maps = (m.info().inputChannels() - colours - behind * (1 + colours) - 2 - ahead) / (1 + ahead);
		return new ColourModel(m.network(), colours, m.info().sizeMultiple(), maps, ahead, behind);
	}

	/** Writes the model atomically with its description ({@code training}: data and command). */
	public void save(Path file, int patchSize, ModelInfo.Training training, Map<String, Double> metrics) throws java.io.IOException {
		List<String> outputs = new ArrayList<>();
		for (int c = 0; c < colours; c++)
			outputs.add("colour " + c);
		ModelInfo info = new ModelInfo(ModelInfo.FORMAT_VERSION, TASK, 2, inputChannels(), outputs,
				new ModelInfo.Normalization(0, 1), new VoxelSize(1, 1, 1), new int[] { patchSize, patchSize },
				receptiveField(), sizeMultiple, training, metrics);
		ModelFiles.save(file, network, info, false);
	}

	/**
	 * Colour probabilities of the next section.
	 *
	 * @param seedEm standardized EM of the seed section, index y * width + x
	 * @param nextEm standardized EM of the next section, same layout
	 * @param seedColours colour 0 .. k-1 of each seed voxel, -1 for none
	 * @return k * width * height probabilities, index (c * height + y) * width + x
	 */
	public float[] probabilities(float[] seedEm, float[] nextEm, int[] seedColours, int width, int height) {
		return probabilities(seedEm, nextEm, null, seedColours, width, height);
	}

	/**
	 * As {@link #probabilities(float[], float[], int[], int, int)}, for a model that reads the next section's boundary map.
	 *
	 * @param nextMap boundary probability of the next section in [0, 1], index y * width + x; null when {@link #maps} is 0
	 * @throws IllegalArgumentException when the model reads a map and {@code nextMap} is null
	 */
	public float[] probabilities(float[] seedEm, float[] nextEm, float[] nextMap, int[] seedColours, int width, int height) {
		return probabilities(seedEm, nextEm, nextMap, new float[0][], new float[0][], seedColours, width, height);
	}

	/**
	 * As {@link #probabilities(float[], float[], float[], int[], int, int)}, for a model that reads sections ahead.
	 *
	 * @param aheadEm standardized EM of the {@link #ahead} sections after the next one, nearest first, same layout
	 * @param aheadMaps their boundary maps when {@link #maps} is 1 (else ignored)
	 */
	public float[] probabilities(float[] seedEm, float[] nextEm, float[] nextMap, float[][] aheadEm, float[][] aheadMaps, int[] seedColours,
			int width, int height) {
		return probabilities(seedEm, nextEm, nextMap, aheadEm, aheadMaps, seedColours, null, null, width, height);
	}

	/**
	 * As {@link #probabilities(float[], float[], float[], float[][], float[][], int[], int, int)}, for a model that
	 * reads the section before the seed section.
	 *
	 * @param previousEm standardized EM of the section before the seed section, same layout; null when {@link #behind} is 0
	 * @param previousColours colour 0 .. k-1 of each voxel of that section under this digit, -1 for none
	 */
	public float[] probabilities(float[] seedEm, float[] nextEm, float[] nextMap, float[][] aheadEm, float[][] aheadMaps, int[] seedColours,
			float[] previousEm, int[] previousColours, int width, int height) {
		int pw = padded(width), ph = padded(height);
		float[] input = new float[inputChannels() * pw * ph];
		fill(input, 0, seedEm, nextEm, nextMap, aheadEm, aheadMaps, seedColours, previousEm, previousColours, width, height, pw, ph);
		float[] all = inference.predict(input, pw, ph), cropped = new float[colours * width * height];
		for (int c = 0; c < colours; c++)
			for (int y = 0; y < height; y++)
				System.arraycopy(all, (c * ph + y) * pw, cropped, (c * height + y) * width, width);
		return cropped;
	}

	/**
	 * This model predicting each section as the mean over the eight flips and transpositions of its input (the
	 * training samples are drawn under all eight, {@link ColourSample}): eight network passes per digit.
	 */
	public ColourModel withDihedralAveraging() {
		return new ColourModel(network, colours, sizeMultiple, maps, ahead, behind, new DihedralAveraging(inference));
	}

	/**
	 * This model and {@code others} predicting together: the mean of their colour probabilities. The network kept
	 * (for training and saving) is this one's; sections are padded to a size every member accepts.
	 *
	 * @throws IllegalArgumentException when another model reads a different input (colours, maps, sections ahead
	 *         or behind)
	 */
	public ColourModel averagedWith(List<ColourModel> others) {
		List<InferenceBackend> members = new ArrayList<>(List.of(inference));
		int multiple = sizeMultiple;
		for (ColourModel o : others) {
			if (o.colours != colours || o.maps != maps || o.ahead != ahead || o.behind != behind)
				throw new IllegalArgumentException("3C models averaged together must read the same input: " + describe() + " against " + o.describe());
			members.add(o.inference);
			multiple = leastCommonMultiple(multiple, o.sizeMultiple);
		}
		return new ColourModel(network, colours, multiple, maps, ahead, behind, new EnsembleAveraging(members));
	}

	private String describe() {
		return colours + " colours, " + maps + " maps, " + ahead + " sections ahead, " + behind + " behind";
	}

	private static int leastCommonMultiple(int a, int b) {
		int x = a, y = b;
		while (y != 0) {
			int t = x % y;
			x = y;
			y = t;
		}
		return a / x * b;
	}

	int padded(int size) {
		return (size + sizeMultiple - 1) / sizeMultiple * sizeMultiple;
	}

	/**
	 * Writes one network input at {@code offset} of {@code input}: the w x h arrays, edge-replicated to pw x ph (the
	 * colour map is not replicated: padding has no colour).
	 */
	void fill(float[] input, int offset, float[] seedEm, float[] nextEm, int[] seedColours, int w, int h, int pw, int ph) {
		fill(input, offset, seedEm, nextEm, null, seedColours, w, h, pw, ph);
	}

	/** As above, with the next section's boundary map (edge-replicated like the EM) when the model reads one. */
	void fill(float[] input, int offset, float[] seedEm, float[] nextEm, float[] nextMap, int[] seedColours, int w, int h, int pw, int ph) {
		fill(input, offset, seedEm, nextEm, nextMap, new float[0][], new float[0][], seedColours, w, h, pw, ph);
	}

	/** As above, with the sections ahead (EM, and maps when the model reads them), edge-replicated like the EM. */
	void fill(float[] input, int offset, float[] seedEm, float[] nextEm, float[] nextMap, float[][] aheadEm, float[][] aheadMaps,
			int[] seedColours, int w, int h, int pw, int ph) {
		fill(input, offset, seedEm, nextEm, nextMap, aheadEm, aheadMaps, seedColours, null, null, w, h, pw, ph);
	}

	/** As above, with the section before the seed section (EM edge-replicated, colours not) when the model reads it. */
	void fill(float[] input, int offset, float[] seedEm, float[] nextEm, float[] nextMap, float[][] aheadEm, float[][] aheadMaps,
			int[] seedColours, float[] previousEm, int[] previousColours, int w, int h, int pw, int ph) {
		if (behind > 0 && (previousEm == null || previousColours == null))
			throw new IllegalArgumentException("this 3C model reads the section before the seed section; none was given");
		if (maps > 0 && nextMap == null)
			throw new IllegalArgumentException("this 3C model reads the next section's boundary map; none was given");
		if (aheadEm.length != ahead || maps > 0 && aheadMaps.length != ahead)
			throw new IllegalArgumentException("this 3C model reads " + ahead + " sections beyond the next one; " + aheadEm.length + " were given");
		int plane = pw * ph, colourChannel = contextChannels(maps, ahead);
		for (int y = 0; y < ph; y++)
			for (int x = 0; x < pw; x++) {
				int source = Math.min(y, h - 1) * w + Math.min(x, w - 1), target = offset + y * pw + x;
				input[target] = seedEm[source];
				input[target + plane] = nextEm[source];
				if (maps > 0)
					input[target + 2 * plane] = nextMap[source];
				for (int a = 0; a < ahead; a++) {
					input[target + (2 + maps + a) * plane] = aheadEm[a][source];
					if (maps > 0)
						input[target + (2 + maps + ahead + a) * plane] = aheadMaps[a][source];
				}
				int colour = x < w && y < h ? seedColours[source] : -1;
				if (colour >= 0)
					input[target + (colourChannel + colour) * plane] = 1;
				if (behind > 0) {
					input[target + (colourChannel + colours) * plane] = previousEm[source];
					int before = x < w && y < h ? previousColours[source] : -1;
					if (before >= 0)
						input[target + (colourChannel + colours + 1 + before) * plane] = 1;
				}
			}
	}

	/** Per voxel the most probable of colours 0 .. used-1, from {@link #probabilities} output. */
	public static int[] argmax(float[] probabilities, int used, int voxels) {
		int[] out = new int[voxels];
		for (int i = 0; i < voxels; i++)
			for (int c = 1; c < used; c++)
				if (probabilities[c * voxels + i] > probabilities[out[i] * voxels + i])
					out[i] = c;
		return out;
	}
}
