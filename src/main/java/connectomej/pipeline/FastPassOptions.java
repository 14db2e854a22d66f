package connectomej.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import connectomej.io.BadInputException;
import connectomej.io.n5.N5Compression;
import connectomej.nn.DefaultModels;
import connectomej.segment.AgglomerationSettings;
import connectomej.segment.EdgeScore;
import connectomej.segment.WatershedSettings;

/**
 * The choices a user makes for a pipeline run, as {@code connectomej run} and the "Run Pipeline" command take them,
 * turned into {@link PipelineSettings}.
 *
 * @param input EM volume location (stack.tif, PNG or TIFF folder, file.h5:/dataset)
 * @param output output folder
 * @param model membrane model .zip, or null for the shipped one
 * @param probabilities membrane probabilities computed elsewhere (a location), or null to predict them
 * @param intensityMembranes membranes = 1 - raw / 255 instead of a model
 * @param baseline threshold + connected components supervoxels, no agglomeration
 * @param threshold agglomeration threshold (with {@code baseline}: the supervoxel threshold), in [0, 1]
 * @param seedThreshold watershed seeds below this membrane probability
 * @param minSeedDistance seeds only this far from a membrane, nm
 * @param seedSmoothing &gt; 0: seeds at maxima of the seed region's distance transform smoothed by this sigma, nm; 0:
 *            connected components of the seed region
 * @param score the edge statistic of the agglomeration
 * @param neckWeight weight of the narrow-contact penalty in the agglomeration, &gt;= 0 (0: none)
 * @param perSection 2D watershed per z section
 * @param halo watershed halo x, y, z, voxels
 * @param minSize objects below this many voxels merge into a neighbour
 * @param skeletons compute TEASAR skeletons
 * @param blockSize block size x, y, z, voxels
 * @param bigDataViewer write the BigDataViewer export
 * @param overwrite replace the results of another run in the folder
 */
public record FastPassOptions(String input, Path output, Path model, String probabilities, boolean intensityMembranes,
		boolean baseline, double threshold, double seedThreshold, double minSeedDistance, double seedSmoothing, boolean perSection,
		long[] halo, long minSize, EdgeScore score, double neckWeight, boolean skeletons, long[] blockSize, boolean bigDataViewer,
		boolean overwrite) {

	/** The defaults of {@code connectomej run}: shipped model, watershed + agglomeration at 0.5, skeletons, BDV. */
	public static FastPassOptions defaults(String input, Path output) {
		return new FastPassOptions(input, output, null, null, false, false, 0.5, 0.5, 0, 0, false, new long[] { 16, 16, 16 },
				0, EdgeScore.MEAN, 0, true, PipelineSettings.DEFAULT_BLOCK_SIZE, true, false);
	}

	/**
	 * The pipeline settings of these choices.
	 *
	 * @param threads tiles predicted at once by a model
	 * @throws BadInputException for contradicting or out-of-range choices
	 */
	public PipelineSettings toSettings(int threads) {
		if (blockSize.length != 3)
			throw new BadInputException(null, "--block-size needs three numbers X,Y,Z");
		if (model != null && probabilities != null)
			throw new BadInputException(null, "give --model or --probabilities, not both");
		MembraneStage membranes = probabilities != null ? new ProbabilityMapMembranes(probabilities)
				: intensityMembranes ? new IntensityBaselineMembranes() : new ModelMembranes(model != null ? model : shippedModel(), threads);
		try {
			if (halo.length != 3)
				throw new IllegalArgumentException("--halo needs three numbers X,Y,Z");
			SupervoxelStage supervoxels = baseline ? new ThresholdBaselineSupervoxels(threshold)
					: new WatershedSupervoxels(new WatershedSettings(seedThreshold, minSeedDistance, perSection, seedSmoothing), halo);
			SegmentStage segments = baseline ? new IdentitySegments()
					: new AgglomerationSegments(new AgglomerationSettings(threshold, score, minSize, neckWeight));
			return new PipelineSettings(input, output, blockSize, N5Compression.gzip(-1), membranes, supervoxels, segments,
					skeletons ? new TeasarSkeletons() : SkeletonStage.NONE, bigDataViewer, overwrite, null);
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, e.getMessage());
		}
	}

	/** The membrane model that ships inside the jar, unpacked to a stable path so that runs with it can resume. */
	private static Path shippedModel() {
		try {
			return DefaultModels.stable(DefaultModels.MEMBRANE);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
