package connectomej.command;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.io.BadInputException;
import connectomej.io.CsvTables;
import connectomej.pipeline.FastPassOptions;
import connectomej.pipeline.MergeNetStep;
import connectomej.pipeline.ModelMembranes;
import connectomej.pipeline.OutputFolder;
import connectomej.pipeline.Pipeline;
import connectomej.pipeline.PipelineSettings;
import connectomej.pipeline.SlowPassSettings;
import connectomej.pipeline.SynapseStep;
import connectomej.pipeline.ThreeCRetracking;
import connectomej.pipeline.UncertaintyStep;
import connectomej.progress.ProgressListener;
import connectomej.segment.EdgeScore;
import connectomej.synapse.SynapseResult;
import connectomej.synapse.SynapseRules;
import connectomej.track.ColourModel;
import connectomej.uncertainty.UncertaintySettings;
import ij.measure.ResultsTable;

/**
 * Run Pipeline, like {@code connectomej run}: the whole fast pass (raw -> membranes -> supervoxels -> segments ->
 * skeletons, objects table, report, BigDataViewer export) block by block into an output folder, then the slow-pass
 * steps asked for: synapses and the connectome (a cleft and a vesicle model), MergeNet merge candidates, the membrane
 * model's variance map, and a 3C re-tracking of the segments. Running it again on the same folder with the same
 * settings resumes an interrupted run.
 */
@Plugin(type = Command.class, headless = true, label = "Run Pipeline")
public class RunPipelineCommand extends LongRunning {

	private static final String NO_UNCERTAINTY = "none";

	@Parameter(persist = false, label = "input", description = "EM volume: file.tif, a PNG or TIFF folder, file.h5:/dataset, volume.n5:/dataset or data.zarr")
	String input;

	@Parameter(persist = false, label = "output_folder", style = "directory", description = "folder for volume.n5, objects.csv, skeletons/, report.md, volume.xml")
	File output_folder;

	@Parameter(persist = false, label = "model", required = false, description = "membrane model .zip (empty = the shipped model)")
	File model;

	@Parameter(persist = false, label = "probabilities", required = false, description = "membrane probabilities computed elsewhere, instead of a model (optional)")
	String probabilities;

	@Parameter(persist = false, label = "voxel_size", required = false, description = "voxel size in nm, x,y,z (e.g. 4,4,40; empty = the "
			+ "input's own); needed when the input records none (PNG slices, single-section TIFFs, HDF5 without a resolution)")
	String voxel_size;

	@Parameter(persist = false, label = "intensity_membranes", description = "membranes = 1 - raw / 255 instead of a model")
	boolean intensity_membranes;

	@Parameter(persist = false, label = "threshold", description = "agglomeration threshold: merge while the edge score is below it")
	double threshold = 0.5;

	@Parameter(persist = false, label = "seed_threshold", description = "watershed seeds below this membrane probability")
	double seed_threshold = 0.5;

	@Parameter(persist = false, label = "min_seed_distance", description = "seeds only this far (nm) from a membrane")
	double min_seed_distance;

	@Parameter(persist = false, label = "seed_smoothing", description = "> 0: seeds at maxima of the distance transform smoothed by this "
			+ "sigma (nm); 0: whole seed regions")
	double seed_smoothing;

	@Parameter(persist = false, label = "score", choices = { "MEAN", "QUANTILE_25", "MEDIAN", "QUANTILE_75", "QUANTILE_90" },
			description = "agglomeration edge score: a statistic of the boundary probability along the contact")
	String score = EdgeScore.MEAN.name();

	@Parameter(persist = false, label = "neck_weight", description = "weight of the narrow-contact penalty in the edge score (0: none)")
	double neck_weight;

	@Parameter(persist = false, label = "min_size", description = "merge objects below this many voxels into a neighbour")
	long min_size;

	@Parameter(persist = false, label = "per_section", description = "2D watershed per z section (serial sections)")
	boolean per_section;

	@Parameter(persist = false, label = "block_size", description = "block size x,y,z in voxels")
	String block_size = "128,128,32";

	@Parameter(persist = false, label = "skeletons", description = "TEASAR skeletons")
	boolean skeletons = true;

	@Parameter(persist = false, label = "bdv", description = "BigDataViewer export (volume.xml)")
	boolean bdv = true;

	@Parameter(persist = false, label = "overwrite", description = "replace the results of another run in the output folder")
	boolean overwrite;

	@Parameter(persist = false, label = "cleft_model", required = false, description = "slow pass: detect synapses with this cleft net (needs vesicle_model); empty = no synapses")
	File cleft_model;

	@Parameter(persist = false, label = "second_cleft_model", required = false, description = "slow pass: a second cleft net; "
			+ "the cleft map is the mean of both nets' maps (as --cleft-model A,B); empty = cleft_model alone")
	File second_cleft_model;

	@Parameter(persist = false, label = "vesicle_model", required = false, description = "slow pass: vesicle net for the synapses (needs cleft_model)")
	File vesicle_model;

	@Parameter(persist = false, label = "mergenet", required = false, description = "slow pass: rank segments by this MergeNet's merge score; empty = none")
	File mergenet;

	@Parameter(persist = false, label = "uncertainty", choices = { NO_UNCERTAINTY, "noise", "dropout", "transformation" },
			description = "slow pass: variance map of the membrane model by this method")
	String uncertainty = NO_UNCERTAINTY;

	@Parameter(persist = false, label = "retrack_3c", required = false, description = "after the fast pass, re-track the segments with this 3C "
			+ "colour network into volume.n5/" + ThreeCRetracking.DATASET + "; empty = none")
	File retrack_3c;

	@Parameter(persist = false, label = "retrack_objects", required = false, description = "with retrack_3c: re-track only the bounding box of "
			+ "the objects in this table's object_id column (empty: the whole volume)")
	File retrack_objects;

	@Parameter(persist = false, label = "retrack_decoding", choices = { "TEM", "FIBSEM" }, description = "with retrack_3c: how colours become "
			+ "objects: TEM (chosen on synthetic 40 nm sections) or FIBSEM (chosen on gala FIB-SEM: isotropic voxels)")
	String retrack_decoding = ThreeCRetracking.Decoding.TEM.name();

	@Parameter(persist = false, label = "retrack_snap", description = "with retrack_3c: then each of the run's supervoxels takes the object "
			+ "most of its voxels were tracked to")
	boolean retrack_snap;

	@Parameter(type = ItemIO.OUTPUT)
	String summary;

	@Parameter(type = ItemIO.OUTPUT)
	ResultsTable objects;

	@Parameter(type = ItemIO.OUTPUT, required = false)
	ResultsTable synapses;

	@Override
	protected void execute(ProgressListener progress) throws IOException {
		ExecutorService executor = Pipeline.defaultExecutor();
		try {
			PipelineSettings settings = settings();
			SlowPassSettings slowPass = slowPass(settings, Runtime.getRuntime().availableProcessors());
			Retracking retracking = retracking();
			Pipeline pipeline = new Pipeline(settings, slowPass, executor, progress);
			if (!pipeline.checkInput() || !pipeline.process())
				throw rethrown(pipeline.getFailure());
			summary = pipeline.getModel().summary(output_folder.toPath()) + String.join("\n", pipeline.getSlowPassSummary());
			if (retracking != null)
				summary += "\n" + ThreeCRetracking.summary(ThreeCRetracking.retrack(output_folder.toPath(), retracking.network(), retracking.objects(),
						retracking.decoding(), retrack_snap, progress));
			objects = TableResults.of(CsvTables.read(new OutputFolder(output_folder.toPath()).objects()));
			if (slowPass.synapses() != null)
				synapses = TableResults.of(CsvTables.read(output_folder.toPath().resolve(SynapseResult.TABLE)));
		} finally {
			executor.shutdownNow();
		}
	}

	private PipelineSettings settings() {
		FastPassOptions d = FastPassOptions.defaults(input, output_folder.toPath());
		return new FastPassOptions(input, output_folder.toPath(), model == null || model.getPath().isBlank() ? null : model.toPath(),
				probabilities == null || probabilities.isBlank() ? null : probabilities, intensity_membranes, false, threshold,
				seed_threshold, min_seed_distance, seed_smoothing, per_section, d.halo(), min_size, EdgeScore.valueOf(score), neck_weight,
				skeletons, blockSize(), bdv, overwrite)
				.toSettings(Runtime.getRuntime().availableProcessors()).withVoxelSize(OptionalInputs.voxelSize(voxel_size, "voxel_size"));
	}


	/** The slow-pass steps asked for, checked as {@code connectomej run} checks its options. */
	private SlowPassSettings slowPass(PipelineSettings settings, int threads) {
		Path cleft = OptionalInputs.path(cleft_model), second = OptionalInputs.path(second_cleft_model),
				vesicle = OptionalInputs.path(vesicle_model);
		if ((cleft == null) != (vesicle == null))
			throw new BadInputException(null, cleft == null ? "vesicle_model needs cleft_model" : "cleft_model needs vesicle_model");
		if (second != null && cleft == null)
			throw new BadInputException(null, "second_cleft_model needs cleft_model");
		SynapseStep synapseStep = cleft == null ? null
				: SynapseStep.withModels(second == null ? List.of(cleft) : List.of(cleft, second), vesicle,
						SynapseRules.Settings.defaults(), threads);
		Path merge = OptionalInputs.path(mergenet);
		return new SlowPassSettings(uncertaintyStep(settings, threads), synapseStep,
				merge == null ? null : new MergeNetStep(merge, MergeNetStep.DEFAULT_MIN_VOXELS));
	}

	/** The 3C re-tracking asked for, read and checked as {@code connectomej run} does before the run starts; null = none. */
	private Retracking retracking() throws IOException {
		Path network = OptionalInputs.path(retrack_3c), table = OptionalInputs.path(retrack_objects);
		ThreeCRetracking.Decoding decoding;
		try {
			decoding = ThreeCRetracking.Decoding.valueOf(retrack_decoding.trim().toUpperCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new BadInputException(null, "retrack_decoding must be TEM or FIBSEM, not '" + retrack_decoding + "'");
		}
		if (network == null) {
			if (table != null)
				throw new BadInputException(table, "retrack_objects needs retrack_3c");
			if (retrack_snap || decoding != ThreeCRetracking.Decoding.TEM)
				throw new BadInputException(null, (retrack_snap ? "retrack_snap" : "retrack_decoding") + " needs retrack_3c");
			return null;
		}
		return new Retracking(ColourModel.load(network), table == null ? new long[0] : ThreeCRetracking.flaggedObjects(table), decoding);
	}

	private record Retracking(ColourModel network, long[] objects, ThreeCRetracking.Decoding decoding) {}

	private UncertaintyStep uncertaintyStep(PipelineSettings settings, int threads) {
		if (uncertainty == null || uncertainty.isBlank() || NO_UNCERTAINTY.equals(uncertainty))
			return null;
		if (!(settings.membranes() instanceof ModelMembranes model))
			throw new BadInputException(null, "uncertainty needs a membrane model: leave probabilities empty and intensity_membranes off");
		return new UncertaintyStep(model.modelFile(), uncertainty, UncertaintySettings.DEFAULT_SAMPLES, 1, threads);
	}

	private long[] blockSize() {
		String[] parts = block_size.trim().split("\\s*,\\s*");
		try {
			long[] size = new long[parts.length];
			for (int i = 0; i < parts.length; i++)
				size[i] = Long.parseLong(parts[i]);
			return size;
		} catch (NumberFormatException e) {
			throw new BadInputException(null, "block_size '" + block_size + "' is not like 128,128,32");
		}
	}

	private static RuntimeException rethrown(Exception failure) throws IOException {
		if (failure instanceof IOException io)
			throw io;
		return (RuntimeException) failure;
	}
}
