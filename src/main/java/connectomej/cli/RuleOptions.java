package connectomej.cli;

import picocli.CommandLine.Option;

import connectomej.io.BadInputException;
import connectomej.synapse.SynapseRules;

/**
 * Command-line options for the parameters of {@link SynapseRules.Settings} (all but whether clefts join across
 * sections, which each command words for itself); defaults from {@code defaults()}. Shared by {@code synapses} and
 * the synapse step of {@code run}.
 */
final class RuleOptions {

	private static final SynapseRules.Settings D = SynapseRules.Settings.defaults();

	@Option(names = "--cleft-threshold", paramLabel = "P", description = "synapse rules: cleft probability threshold (default 0.5)")
	Double cleftThreshold;

	@Option(names = "--cleft-low-threshold", paramLabel = "P", description = "synapse rules: hysteresis, cleft voxels down to this "
			+ "probability join a candidate that reaches --cleft-threshold (default: no hysteresis)")
	Double cleftLowThreshold;

	@Option(names = "--min-cleft-voxels", paramLabel = "N", description = "synapse rules: smallest cleft, voxels (default 100)")
	Long minCleftVoxels;

	@Option(names = "--max-cleft-voxels", paramLabel = "N", description = "synapse rules: largest cleft, voxels (default: no limit)")
	Long maxCleftVoxels;

	@Option(names = "--min-elongation", paramLabel = "E", description = "synapse rules: smallest in-plane elongation, 1 = off (default 1)")
	Double minElongation;

	@Option(names = "--side-distance-nm", paramLabel = "NM", description = "synapse rules: distance searched for vesicles on each side, nm (default 150)")
	Double sideDistanceNm;

	@Option(names = "--min-vesicle-density", paramLabel = "P", description = "synapse rules: smallest mean vesicle probability on the presynaptic side (default 0)")
	Double minVesicleDensity;

	@Option(names = "--density-ratio", paramLabel = "R", description = "synapse rules: presynaptic over postsynaptic vesicle density, at least (default 1)")
	Double densityRatio;

	/**
	 * The settings: given options over the defaults.
	 *
	 * @param connectSections whether cleft candidates join across adjacent sections
	 * @throws BadInputException when the low threshold lies above the threshold, or a setting is out of its range
	 *         ({@link SynapseRules.Settings#check()})
	 */
	SynapseRules.Settings settings(boolean connectSections) {
		double threshold = or(cleftThreshold, D.cleftThreshold());
		if (cleftLowThreshold != null && cleftLowThreshold > threshold)
			throw new BadInputException(null, "--cleft-low-threshold " + cleftLowThreshold + " lies above the cleft threshold " + threshold);
		var settings = new SynapseRules.Settings(threshold, or(minCleftVoxels, D.minCleftVoxels()), or(maxCleftVoxels, D.maxCleftVoxels()),
				or(minElongation, D.minElongation()), or(sideDistanceNm, D.sideDistanceNm()),
				or(minVesicleDensity, D.minVesicleDensity()), or(densityRatio, D.densityRatio()), connectSections,
				or(cleftLowThreshold, threshold));
		settings.check();
		return settings;
	}

	private static <T> T or(T given, T fallback) {
		return given != null ? given : fallback;
	}
}
