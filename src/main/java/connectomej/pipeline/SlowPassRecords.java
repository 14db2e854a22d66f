package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.n5.N5Store;

/**
 * The bookkeeping of the slow-pass steps in {@code slowpass/} of the output folder: {@code <step>.txt} holds the
 * description a step started with, {@code <step>.done} marks it finished. A finished step with the same description
 * is skipped; an unfinished one resumes (its block-wise datasets keep their finished blocks); a finished step with
 * other settings is replaced only with {@code --overwrite}, like the fast pass's results.
 */
final class SlowPassRecords {

	/** The folder of the records inside the output folder. */
	static final String FOLDER = "slowpass";

	private final OutputFolder folder;

	SlowPassRecords(OutputFolder folder) {
		this.folder = folder;
	}

	/**
	 * Checks, without changing anything, that the step may run in the folder.
	 *
	 * @throws BadInputException when a finished step with other settings is there and {@code overwrite} is false
	 */
	void check(SlowPassStep step, boolean overwrite) throws IOException {
		Path record = record(step);
		if (overwrite || !Files.isRegularFile(done(step)) || !Files.isRegularFile(record))
			return;
		if (!Files.readString(record).equals(step.description()))
			throw new BadInputException(folder.root(), "holds " + step.name() + " results of other settings ("
					+ Files.readString(record).strip() + "); give --overwrite to replace them");
	}

	/**
	 * Makes the folder ready for the step.
	 *
	 * @return true when the step finished before with the same settings (nothing to do)
	 */
	boolean prepare(SlowPassStep step, N5Store store, boolean overwrite) throws IOException {
		check(step, overwrite);
		Path record = record(step);
		boolean same = Files.isRegularFile(record) && Files.readString(record).equals(step.description());
		if (same && Files.isRegularFile(done(step)))
			return true;
		if (!same) {
			delete(step, store);
			Files.createDirectories(record.getParent());
			AtomicFiles.write(record, tmp -> Files.writeString(tmp, step.description()));
		}
		return false;
	}

	/** Marks the step finished. */
	void finish(SlowPassStep step) throws IOException {
		AtomicFiles.write(done(step), tmp -> Files.writeString(tmp, ""));
	}

	/** Removes every slow-pass output and record, for a fresh fast pass. */
	void deleteAll(N5Store store) throws IOException {
		deleteOutputs(List.of(UncertaintyStep.FILES, SynapseStep.FILES, MergeNetStep.FILES).stream().flatMap(List::stream).toList(),
				List.of(UncertaintyStep.DATASETS, SynapseStep.DATASETS).stream().flatMap(List::stream).toList(), store);
		AtomicFiles.deleteRecursively(folder.root().resolve(FOLDER));
	}

	private void delete(SlowPassStep step, N5Store store) throws IOException {
		AtomicFiles.deleteRecursively(done(step));
		AtomicFiles.deleteRecursively(record(step));
		deleteOutputs(step.outputFiles(), step.datasets(), store);
	}

	private void deleteOutputs(List<String> files, List<String> datasets, N5Store store) throws IOException {
		for (String file : files)
			AtomicFiles.deleteRecursively(folder.root().resolve(file));
		for (String dataset : datasets)
			AtomicFiles.deleteRecursively(store.folder(dataset));
	}

	private Path record(SlowPassStep step) {
		return folder.root().resolve(FOLDER).resolve(step.name() + ".txt");
	}

	private Path done(SlowPassStep step) {
		return folder.root().resolve(FOLDER).resolve(step.name() + ".done");
	}
}
