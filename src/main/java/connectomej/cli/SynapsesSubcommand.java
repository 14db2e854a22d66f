package connectomej.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import connectomej.io.BadInputException;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.synapse.StreamedCleftMap;
import connectomej.synapse.SynapseInputs;
import connectomej.synapse.SynapseMaps;
import connectomej.synapse.SynapseResult;
import connectomej.synapse.SynapseRules;
import connectomej.volume.Volume;

/**
 * {@code connectomej synapses}: cleft and vesicle maps (given, or predicted from the EM with the light nets) and a
 * segmentation -> synapse table, label image and directed connectome (CSV edge list and GraphML). Every input is
 * read and checked before anything is written.
 */
@Command(name = "synapses", mixinStandardHelpOptions = true,
	description = "Detect synapses and their partners (compositional: cleft + vesicle nets + rules) and write the connectome.")
final class SynapsesSubcommand implements Callable<Integer> {

	@Option(names = "--raw", paramLabel = "LOCATION", description = "EM volume (needed with --cleft-model / --vesicle-model)")
	String raw;

	@Option(names = "--clefts", paramLabel = "LOCATION", description = "cleft probability map, [0, 1] or 8-bit")
	String clefts;

	@Option(names = "--vesicles", paramLabel = "LOCATION", description = "vesicle probability map, [0, 1] or 8-bit")
	String vesicles;

	@Option(names = "--cleft-model", paramLabel = "ZIP[,ZIP...]", split = ",", description = "cleft net, or several whose "
			+ "maps are averaged, used when --clefts is not given")
	List<Path> cleftModel;

	@Option(names = "--vesicle-model", paramLabel = "ZIP", description = "vesicle net, used when --vesicles is not given")
	Path vesicleModel;

	@Option(names = "--segments", paramLabel = "LOCATION", description = "segmentation (neuron ids); without it pre/post are 0")
	String segments;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FOLDER", description = "output folder (replaced atomically; "
			+ "an existing folder only when it holds nothing but an earlier result)")
	Path output;

	@Option(names = "--threads", defaultValue = "0", description = "worker threads, 0 = all cores")
	int threads;

	@picocli.CommandLine.Mixin
	RuleOptions rules = new RuleOptions();

	@picocli.CommandLine.Mixin
	VoxelSizeOption voxelSize = new VoxelSizeOption();

	@Option(names = "--per-section", description = "clefts do not join across sections (non-adjacent sections)")
	boolean perSection;

	@Override
	public Integer call() throws Exception {
		SynapseRules.Settings settings = rules.settings(!perSection && SynapseRules.Settings.defaults().connectSections());
		VolumeFiles.requireNotAnInput(output, raw, clefts, vesicles, segments);
		SynapseResult.requireWritableFolder(output);
		voxelSize.given();
		Volume<UnsignedByteType> em = raw == null ? null : Volumes.bytes(raw);
		ExecutorService pool = Threads.pool(threads);
		try {
			Volume<FloatType> c = voxelSize.apply(map(clefts, cleftModel, SynapseMaps.CLEFT, "--clefts", em, pool, settings),
					clefts != null ? clefts : raw);
			Volume<FloatType> v = map(vesicles, vesicleModel == null ? null : List.of(vesicleModel), SynapseMaps.VESICLE, "--vesicles",
					em, pool, settings);
			Path mapFile = clefts != null ? VolumeLocation.parse(clefts).file() : cleftModel.get(0);
			SynapseInputs.requireSameShape(v.data(), vesicles != null ? VolumeLocation.parse(vesicles).file() : vesicleModel,
					"the vesicle map", c.data(), "the cleft map");
			RandomAccessibleInterval<UnsignedLongType> ids = null;
			if (segments != null) {
				Path file = VolumeLocation.parse(segments).file();
				ids = SynapseInputs.segmentIds(VolumeFiles.read(segments).data(), file);
				SynapseInputs.requireSameShape(ids, file, "the segmentation", em != null ? em.data() : c.data(),
						em != null ? "the EM volume" : "the cleft map");
			}
			var labels = ArrayImgs.unsignedInts(c.data().dimensionsAsLongArray());
			var found = SynapseRules.detect(c.data(), v.data(), ids, c.voxelSize(), settings, labels);
			new SynapseResult(found, labels, c.voxelSize()).writeFolder(output);
			System.out.println(found.size() + " synapses, " + new SynapseResult(found, labels, c.voxelSize()).connectome().edges().size()
					+ " connectome edges; written: " + output + " (cleft map " + mapFile + ")");
			return 0;
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * A given map, or the mean map of one or more models of the task predicted from the EM volume. A cleft ensemble of
	 * coarse and full-resolution nets is streamed ({@link StreamedCleftMap}): the same synapses under {@code rules}.
	 */
	private static Volume<FloatType> map(String location, List<Path> models, String task, String option, Volume<UnsignedByteType> em,
			ExecutorService pool, SynapseRules.Settings rules) throws Exception {
		if (location != null) {
			Volume<? extends RealType<?>> m = VolumeFiles.read(location);
			Path file = VolumeLocation.parse(location).file();
			if (em != null)
				SynapseInputs.requireSameShape(m.data(), file, "the " + task + " map", em.data(), "the EM volume");
			return new Volume<>(SynapseInputs.probabilities(m.data(), file, "the " + task + " map"), m.voxelSize());
		}
		if (models == null || em == null)
			throw new BadInputException(null, "give " + option + ", or --raw with --" + task + "-model");
		var out = ArrayImgs.floats(em.data().dimensionsAsLongArray());
		List<StoredModel> loaded = new java.util.ArrayList<>();
		for (Path model : models)
			loaded.add(ModelFiles.load(model, task, 0));
		if (task.equals(SynapseMaps.CLEFT))
			StreamedCleftMap.predict(loaded, em, out, pool, 2, rules);
		else
			SynapseMaps.predictMean(loaded, em, out, pool, 2);
		return new Volume<>(SynapseInputs.probabilities(out, models.get(0), "the predicted " + task + " map"), em.voxelSize());
	}
}
