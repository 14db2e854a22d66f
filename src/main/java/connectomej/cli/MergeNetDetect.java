package connectomej.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.io.CsvTables;
import connectomej.io.VolumeLocation;
import connectomej.merge.LabelGrid;
import connectomej.merge.MedialSamples;
import connectomej.merge.MergeCandidate;
import connectomej.merge.MergeCandidates;
import connectomej.merge.MergeDetection;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.merge.WindowShape;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
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

	@Override
	public Integer call() throws Exception {
		WindowShape shape = MergeNetModels.window(ModelFiles.readInfo(model), MergeNetInputs.extent(window), model);
		LabelGrid grid = MergeNetInputs.labels(seg);
		MergeDetection.Settings settings = new MergeDetection.Settings(shape, minVoxels, 64);
		MergeDetection.check(grid, settings, VolumeLocation.parse(seg).file());
		StoredModel stored = ModelFiles.load(model, MergeNet.TASK, 1);
		long start = System.nanoTime();
		List<MergeCandidate> candidates = MergeDetection.detect(stored.network(), grid, settings, new MedialSamples(),
				TerminalProgress.onStderr());
		double seconds = (System.nanoTime() - start) / 1e9;
		int windows = candidates.stream().mapToInt(MergeCandidate::windows).sum();
		System.out.printf("scored %d windows of %d objects in %.1f s (%.1f windows/s)%n", windows, candidates.size(), seconds,
				windows / seconds);
		CsvTables.write(MergeCandidates.table(candidates, grid.voxelSize()), csv);
		for (MergeCandidate c : candidates.subList(0, Math.min(top, candidates.size())))
			System.out.printf("object %d  score %.4f  at x=%d y=%d z=%d%n", c.id(), c.score(), c.worst()[0], c.worst()[1], c.worst()[2]);
		System.out.println("wrote " + candidates.size() + " candidates to " + csv);
		return 0;
	}
}
