package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the slow-pass steps of a run after the fast pass, each skipped when an earlier run finished it with the same
 * settings, and collects one summary line per step.
 */
final class SlowPassStages {

	/** Names of the stages the slow-pass steps report, so the fast pass's throughput can leave them out. */
	static final java.util.Set<String> STAGES = java.util.Set.of("uncertainty", UncertaintyStep.VARIANCE, "object uncertainty", "synapses",
			SynapseStep.CLEFTS, SynapseStep.VESICLES, "synapse rules", "mergenet");

	private final SlowPassSettings steps;
	private final SlowPassContext context;
	private final SlowPassRecords records;

	SlowPassStages(SlowPassSettings steps, SlowPassContext context) {
		this.steps = steps;
		this.context = context;
		this.records = new SlowPassRecords(context.folder());
	}

	/**
	 * Checks that no finished step of other settings would be replaced without {@code overwrite}.
	 *
	 * @throws connectomej.io.BadInputException when one would
	 */
	static void checkFolder(SlowPassSettings steps, OutputFolder folder, boolean overwrite) throws IOException {
		SlowPassRecords records = new SlowPassRecords(folder);
		for (SlowPassStep step : steps.steps())
			records.check(step, overwrite);
	}

	/**
	 * Runs the steps.
	 *
	 * @param fastPassResumed false when the fast pass started afresh: then every earlier slow-pass output is removed
	 * @return one summary line per step, in order
	 */
	List<String> run(boolean fastPassResumed) throws IOException {
		if (!fastPassResumed)
			records.deleteAll(context.store());
		List<String> summary = new ArrayList<>();
		for (SlowPassStep step : steps.steps()) {
			long start = System.nanoTime();
			if (records.prepare(step, context.store(), context.settings().overwrite())) {
				context.listener().progress(step.name(), 1, 1);
				context.model().add(new StageReport(step.name(), 1, 0, 1, (System.nanoTime() - start) / 1e9));
			} else {
				step.run(context);
				records.finish(step);
			}
			summary.add(step.summary(context.folder()));
		}
		return summary;
	}
}
