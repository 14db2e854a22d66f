package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional slow-pass steps of a run, each {@code null} when not asked for.
 *
 * @param uncertainty the variance map of the membrane model and per-segment mean variance (issue 8)
 * @param synapses synapse detection on the fast pass's segments and the connectome (issue 5)
 * @param mergeNet MergeNet merge candidates on skeleton-centred windows (issue 7)
 */
public record SlowPassSettings(UncertaintyStep uncertainty, SynapseStep synapses, MergeNetStep mergeNet) {

	/** No slow-pass step: the fast pass only. */
	public static final SlowPassSettings NONE = new SlowPassSettings(null, null, null);

	/** The steps asked for, in the order they run. */
	public List<SlowPassStep> steps() {
		List<SlowPassStep> steps = new ArrayList<>();
		if (uncertainty != null)
			steps.add(uncertainty);
		if (synapses != null)
			steps.add(synapses);
		if (mergeNet != null)
			steps.add(mergeNet);
		return steps;
	}

	/** Checks every step before anything runs; see {@link SlowPassStep#checkInput}. */
	public void checkInput(long[] dimensions, PipelineSettings fastPass) throws IOException {
		for (SlowPassStep step : steps())
			step.checkInput(dimensions, fastPass);
	}
}
