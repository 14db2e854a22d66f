package connectomej.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.io.CsvTables;
import connectomej.merge.MergeCandidate;
import connectomej.merge.MergeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej mergenet detect}: scores every object of a segmentation and writes the ranked merge candidates
 * as CSV. All input is checked before anything is computed or written.
 */
@Command(name = "detect", description = "Rank the objects of a segmentation by MergeNet merge score; write a CSV.")
final class MergeNetDetect implements Callable<Integer> {

	@Option(names = "--model", required = true, paramLabel = "FILE")
	Path model;

	@Option(names = "--seg", required = true, paramLabel = "LOCATION", description = "segmentation labels, 0 = background")
	String seg;

	@Option(names = "--window", description = "window extent in voxels, one size or x,y,z (default: the model's)")
	String window;

	@Option(names = "--min-voxels", defaultValue = "1000", description = "objects smaller than this are not scored (default ${DEFAULT-VALUE})")
	long minVoxels;

	@Option(names = "--top", defaultValue = "10", description = "candidates to print (default ${DEFAULT-VALUE})")
	int top;

	@Option(names = { "-o", "--csv" }, required = true, paramLabel = "FILE", description = "the ranked candidates table to write")
	Path csv;

	@picocli.CommandLine.Mixin
	VoxelSizeOption voxelSize = new VoxelSizeOption();

	@Override
	public Integer call() throws Exception {
		OptionRanges.atLeast("--top", top, 0);
		voxelSize.given();
		long start = System.nanoTime();
		MergeFiles.Detection found = MergeFiles.detect(model, seg, MergeNetInputs.extent(window), minVoxels,
				voxelSize.given(), TerminalProgress.onStderr());
		voxelSize.resolve(found.voxelSize(), seg, System.err);
		List<MergeCandidate> candidates = found.candidates();
		double seconds = (System.nanoTime() - start) / 1e9;
		int windows = candidates.stream().mapToInt(MergeCandidate::windows).sum();
		System.out.printf("scored %d windows of %d objects in %.1f s (%.1f windows/s)%n", windows, candidates.size(), seconds,
				windows / seconds);
		CsvTables.write(found.table(), csv);
		for (MergeCandidate c : candidates.subList(0, Math.min(top, candidates.size())))
			System.out.printf("object %d  score %.4f  at x=%d y=%d z=%d%n", c.id(), c.score(), c.worst()[0], c.worst()[1], c.worst()[2]);
		System.out.println("wrote " + candidates.size() + " candidates to " + csv);
		return 0;
	}
}
