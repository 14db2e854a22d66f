package connectomej.pipeline;

import java.io.IOException;
import java.util.List;

/**
 * One optional slow-pass step of a run, after the fast pass (Meirovitch et al. 2016, arXiv 1612.02120: the slow
 * passes re-examine the fast pass's objects): synapses, MergeNet merge candidates, or the variance map. A step that
 * finished with the same description is not run again (see {@link SlowPassStages}).
 */
public interface SlowPassStep {

	/** The step's name, for progress, reports and its record file, e.g. {@code "synapses"}. */
	String name();

	/** The settings that decide the step's results, one line; a rerun with another description redoes the step. */
	String description();

	/** Files the step writes in the output folder, by name, e.g. {@code synapses.csv}. */
	List<String> outputFiles();

	/** N5 datasets the step writes into the run's container. */
	List<String> datasets();

	/**
	 * Checks the step against the volume and the fast pass before anything runs.
	 *
	 * @param dimensions the raw volume's size, voxels x, y, z
	 * @throws connectomej.io.BadInputException naming the file or option at fault
	 */
	void checkInput(long[] dimensions, PipelineSettings fastPass) throws IOException;

	/** Computes and writes the step's outputs; block-wise parts skip blocks an interrupted run finished. */
	void run(SlowPassContext context) throws IOException;

	/** One summary line read back from the written outputs, e.g. {@code synapses: 5 detected, 4 connectome edges}. */
	String summary(OutputFolder folder) throws IOException;
}
