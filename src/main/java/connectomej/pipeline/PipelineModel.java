package connectomej.pipeline;

import java.util.ArrayList;
import java.util.List;

import connectomej.volume.VoxelSize;

/**
 * The results of a pipeline run, filled in by {@link Pipeline#process()}: what each stage did and what came out.
 */
public final class PipelineModel {

	private final List<StageReport> stages = new ArrayList<>();
	private long[] dimensions = new long[3];
	private VoxelSize voxelSize = VoxelSize.UNIT;
	private long supervoxels;
	private long segments;
	private boolean resumed;
	private final List<String> hints = new ArrayList<>();

	/** Reports of the stages run so far, in order. */
	public synchronized List<StageReport> stages() {
		return List.copyOf(stages);
	}

	synchronized void add(StageReport report) {
		stages.add(report);
	}

	/** Size of the volume, voxels x, y, z. */
	public long[] dimensions() {
		return dimensions.clone();
	}

	/** Voxel size of the volume, nm. */
	public VoxelSize voxelSize() {
		return voxelSize;
	}

	void setVolume(long[] dims, VoxelSize size) {
		dimensions = dims.clone();
		voxelSize = size;
	}

	/** Number of supervoxels after stitching. */
	public long supervoxels() {
		return supervoxels;
	}

	/** Number of segments. */
	public long segments() {
		return segments;
	}

	void setCounts(long supervoxelCount, long segmentCount) {
		supervoxels = supervoxelCount;
		segments = segmentCount;
	}

	/** True when the run continued an interrupted earlier run with the same settings. */
	public boolean resumed() {
		return resumed;
	}

	void setResumed(boolean r) {
		resumed = r;
	}

	/** Advice on the settings for this volume, shown after the summary, in the order given; empty when none. */
	public List<String> hints() {
		return List.copyOf(hints);
	}

	/** Adds advice for the summary; null adds nothing. */
	void addHint(String advice) {
		if (advice != null)
			hints.add(advice);
	}

	/** Total wall time of the stages, seconds. */
	public double seconds() {
		return stages().stream().mapToDouble(StageReport::seconds).sum();
	}

	/**
	 * What the run did, as shown to the user: one line per stage, then the counts, the time and where the results are,
	 * then the hints if there are any.
	 *
	 * @param output the run's output folder
	 */
	public String summary(java.nio.file.Path output) {
		StringBuilder text = new StringBuilder();
		for (StageReport stage : stages())
			text.append(stage).append('\n');
		text.append(String.format(java.util.Locale.ROOT, "%d supervoxels, %d segments in %.1f s%s; results in %s%n", supervoxels(),
				segments(), seconds(), resumed() ? " (resumed)" : "", output));
		for (String hint : hints)
			text.append("hint: ").append(hint).append('\n');
		return text.toString();
	}
}
