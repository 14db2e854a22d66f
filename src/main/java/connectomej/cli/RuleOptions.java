package connectomej.cli;

import picocli.CommandLine.Option;

import connectomej.synapse.SynapseRules;

/** Command-line options for every parameter of {@link SynapseRules.Settings}; defaults from {@code defaults()}. */
final class RuleOptions {

	private static final SynapseRules.Settings D = SynapseRules.Settings.defaults();

	@Option(names = "--cleft-threshold", description = "cleft probability threshold (default 0.5 or as learned)")
	Double cleftThreshold;

	@Option(names = "--min-cleft-voxels", description = "smallest cleft, voxels")
	Long minCleftVoxels;

	@Option(names = "--max-cleft-voxels", description = "largest cleft, voxels")
	Long maxCleftVoxels;

	@Option(names = "--min-elongation", description = "smallest in-plane elongation, 1 = off")
	Double minElongation;

	@Option(names = "--side-distance-nm", description = "distance searched for vesicles on each side, nm")
	Double sideDistanceNm;

	@Option(names = "--min-vesicle-density", description = "smallest mean vesicle probability on the presynaptic side")
	Double minVesicleDensity;

	@Option(names = "--density-ratio", description = "presynaptic over postsynaptic vesicle density, at least")
	Double densityRatio;

	@Option(names = "--per-section", description = "clefts do not join across sections (non-adjacent sections)")
	boolean perSection;

	/** The settings: given options over the defaults. */
	SynapseRules.Settings settings() {
		return new SynapseRules.Settings(or(cleftThreshold, D.cleftThreshold()), or(minCleftVoxels, D.minCleftVoxels()),
				or(maxCleftVoxels, D.maxCleftVoxels()), or(minElongation, D.minElongation()), or(sideDistanceNm, D.sideDistanceNm()),
				or(minVesicleDensity, D.minVesicleDensity()), or(densityRatio, D.densityRatio()), !perSection && D.connectSections());
	}

	private static <T> T or(T given, T fallback) {
		return given != null ? given : fallback;
	}
}
