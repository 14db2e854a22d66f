package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import connectomej.synapse.DetectedSynapse;
import connectomej.volume.VoxelSize;

/**
 * An interactive proofreading session over an EM volume and its segmentation, UI-free: merge two segments, split one
 * by two seeds, mark segments reviewed, undo and redo. Every edit is recorded durably before its method returns, so
 * a crash loses nothing. Sections are read on demand; nothing loads the whole volume. Axes x, y, z; x fastest in
 * section arrays ({@code index = x + y * dimX}).
 */
public interface ProofreadSession extends AutoCloseable {

	/** Size of the volume, voxels, axes x, y, z. */
	long[] dimensions();

	/** Voxel size, nm. */
	VoxelSize voxelSize();

	/** One EM section, raw grey values, x fastest ({@code x + y * dimX}). */
	float[] rawSection(int z) throws IOException;

	/** Segment ids of one section with all edits applied, x fastest, 0 = no segment. */
	long[] labelSection(int z) throws IOException;

	/** Membrane probability in [0, 1] of one section, x fastest, or null when the session has no membrane map. */
	float[] membraneSection(int z) throws IOException;

	/** The segment id at a voxel (x, y, z, voxels) with all edits applied. */
	long labelAt(int x, int y, int z) throws IOException;

	/**
	 * Merges {@code absorb} into {@code keep}; journaled before it returns.
	 *
	 * @return {@code keep}
	 * @throws IllegalArgumentException when an id is unknown or both are the same segment
	 */
	long merge(long keep, long absorb) throws IOException;

	/**
	 * Splits a segment in two by a seeded watershed from two seeds inside it; journaled before it returns.
	 *
	 * @param seedA voxel x, y, z inside the segment; its part keeps the id
	 * @param seedB voxel x, y, z inside the segment; its part gets a new id
	 * @return the new id of the {@code seedB} part
	 * @throws IllegalArgumentException when a seed lies outside the segment or the seeds coincide
	 */
	long split(long segment, int[] seedA, int[] seedB) throws IOException;

	/** Marks a segment as reviewed (drops it from the candidate queue); journaled before it returns. */
	void markReviewed(long segment) throws IOException;

	/** Whether a segment was marked reviewed. */
	boolean isReviewed(long segment);

	/** Undoes the last edit; false when there is nothing to undo. Journaled. */
	boolean undo() throws IOException;

	/** Redoes the last undone edit; false when there is nothing to redo. Journaled. */
	boolean redo() throws IOException;

	/** The synapses with pre and post segment ids reflecting the edits. */
	List<DetectedSynapse> synapses();

	/** Segments to review, most urgent first; reviewed segments are left out. */
	List<ReviewCandidate> candidates();

	/** Registers a callback run after every edit, undo and redo. */
	void addChangeListener(Runnable onChange);

	/**
	 * Writes the corrected labels and synapses.csv, connectome.csv, connectome.graphml into the session folder.
	 *
	 * @return the session folder
	 */
	Path save() throws IOException;

	@Override
	void close() throws IOException;
}
