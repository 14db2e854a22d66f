package connectomej.cli;

import java.nio.file.Path;
import java.util.List;

import connectomej.io.BadInputException;
import connectomej.pipeline.MembraneStage;
import connectomej.pipeline.MergeNetStep;
import connectomej.pipeline.ModelMembranes;
import connectomej.pipeline.SlowPassSettings;
import connectomej.pipeline.SynapseStep;
import connectomej.pipeline.UncertaintyStep;
import connectomej.synapse.SynapseRules;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of {@code run} for the optional slow-pass steps: synapses, MergeNet, variance map. */
final class SlowPassOptions {

	@Option(names = "--cleft-model", paramLabel = "ZIP[,ZIP...]", split = ",", description = "slow pass: detect synapses "
			+ "with this cleft net, or the mean map of several (needs --vesicle-model)")
	List<Path> cleftModel;

	@Option(names = "--vesicle-model", paramLabel = "ZIP", description = "slow pass: vesicle net for the synapses (needs --cleft-model)")
	Path vesicleModel;

	@Option(names = "--clefts", paramLabel = "LOCATION", description = "slow pass: detect synapses with this cleft probability map (needs --vesicles)")
	String clefts;

	@Option(names = "--vesicles", paramLabel = "LOCATION", description = "slow pass: vesicle probability map for the synapses (needs --clefts)")
	String vesicles;

	@Mixin
	RuleOptions rules = new RuleOptions();

	@Option(names = "--mergenet", paramLabel = "ZIP", description = "slow pass: rank segments by MergeNet merge score on skeleton-centred windows")
	Path mergeNet;

	@Option(names = "--mergenet-min-voxels", defaultValue = "" + MergeNetStep.DEFAULT_MIN_VOXELS, paramLabel = "N", description = "MergeNet: smaller segments are not scored (default ${DEFAULT-VALUE})")
	long mergeNetMinVoxels;

	@Option(names = "--uncertainty", paramLabel = "METHOD", description = "slow pass: variance map of the membrane model: noise, dropout or transformation")
	String uncertainty;

	@Option(names = "--uncertainty-samples", defaultValue = "8", paramLabel = "K", description = "uncertainty samples, >= 2 (default ${DEFAULT-VALUE})")
	int uncertaintySamples;

	/**
	 * The slow-pass steps asked for, checked.
	 *
	 * @param membranes the run's membrane stage: the variance map needs a model
	 * @param threads tiles predicted at once by the nets
	 * @throws BadInputException on an incomplete pair of options, a model for another task, or a variance map without a model
	 */
	SlowPassSettings settings(MembraneStage membranes, int threads) {
		return new SlowPassSettings(uncertainty(membranes, threads), synapses(threads),
				mergeNet == null ? null : new MergeNetStep(mergeNet, mergeNetMinVoxels));
	}

	private UncertaintyStep uncertainty(MembraneStage membranes, int threads) {
		if (uncertainty == null)
			return null;
		if (!(membranes instanceof ModelMembranes model))
			throw new BadInputException(null, "--uncertainty needs a membrane model: drop --probabilities / --intensity-membranes");
		return new UncertaintyStep(model.modelFile(), uncertainty, uncertaintySamples, 1, threads);
	}

	private SynapseStep synapses(int threads) {
		boolean models = cleftModel != null || vesicleModel != null, maps = clefts != null || vesicles != null;
		if (!models && !maps)
			return null;
		if (models && maps)
			throw new BadInputException(null, "give --cleft-model and --vesicle-model, or --clefts and --vesicles, not a mix");
		if (models && (cleftModel == null || vesicleModel == null))
			throw new BadInputException(null, cleftModel == null ? "--vesicle-model needs --cleft-model" : "--cleft-model needs --vesicle-model");
		if (maps && (clefts == null || vesicles == null))
			throw new BadInputException(null, clefts == null ? "--vesicles needs --clefts" : "--clefts needs --vesicles");
		SynapseRules.Settings settings = rules.settings(SynapseRules.Settings.defaults().connectSections());
		return models ? SynapseStep.withModels(cleftModel, vesicleModel, settings, threads) : SynapseStep.withMaps(clefts, vesicles, settings);
	}
}
