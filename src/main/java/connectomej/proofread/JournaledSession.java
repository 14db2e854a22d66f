package connectomej.proofread;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import connectomej.io.BadInputException;
import connectomej.synapse.Connectome;
import connectomej.synapse.ConnectomeFiles;
import connectomej.synapse.DetectedSynapse;
import connectomej.volume.VoxelSize;

/**
 * A {@link ProofreadSession} whose edits are appended to {@code journal.log} in the session folder ({@link Journal}),
 * each line forced to disk before the edit is applied and the method returns; opening a folder that has a journal
 * replays it, so a crash loses no finished edit. Input is checked before anything is journaled: an edit that throws
 * leaves journal and state untouched. Volumes are read by sections with a small cache ({@link SessionVolumes});
 * merges are an id mapping and splits per-section voxel overrides ({@link LabelEdits}), applied when sections are
 * read. The first split or id check scans the segmentation once, a section at a time ({@link SegmentIndex}), for
 * bounding boxes and the largest id. Methods are synchronized: a viewer may call from several threads.
 */
public final class JournaledSession implements ProofreadSession {

	/** Names of the files {@link #save()} writes into the session folder. */
	public static final String LABELS = "labels.tif", SYNAPSES = "synapses.csv", CONNECTOME = "connectome.csv",
			GRAPHML = "connectome.graphml";

	private final Path folder;
	private final SessionVolumes volumes;
	private final Journal journal;
	private final SynapsePartners partners;
	private final ReviewQueue queue;
	private final LabelEdits edits = new LabelEdits();
	private final EditHistory history = new EditHistory(edits);
	private final SectionCache<long[]> editedSections;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private SegmentIndex index;
	private long nextId;

	private JournaledSession(Path folder, SessionVolumes volumes, Journal journal, List<DetectedSynapse> synapses, ReviewQueue queue) {
		this.folder = folder;
		this.volumes = volumes;
		this.journal = journal;
		this.partners = new SynapsePartners(synapses);
		this.queue = queue;
		this.editedSections = new SectionCache<>(SessionVolumes.CACHED_SECTIONS, z -> edits.apply(z, volumes.originalLabels(z)));
	}

	/**
	 * Opens a session: creates the session folder, or reopens it and replays its journal.
	 *
	 * @param inputs the volumes and tables to proofread
	 * @param sessionFolder where the journal and saved outputs live
	 * @throws BadInputException when an input is missing or malformed, the shapes differ, or the journal holds an
	 *             entry that cannot be replayed on these inputs
	 */
	public static ProofreadSession open(SessionInputs inputs, Path sessionFolder) throws IOException {
		SessionVolumes volumes = SessionVolumes.open(inputs);
		Journal journal = null;
		try {
			List<DetectedSynapse> synapses = SynapseTable.read(inputs.synapses());
			ReviewQueue queue = ReviewQueue.read(inputs.mergeCandidates(), inputs.uncertainty());
			journal = Journal.open(sessionFolder);
			JournaledSession session = new JournaledSession(sessionFolder, volumes, journal, synapses, queue);
			session.replay();
			return session;
		} catch (IOException | RuntimeException e) {
			if (journal != null)
				journal.close();
			volumes.close();
			throw e;
		}
	}

	private void replay() throws IOException {
		List<JournalEntry> entries = journal.read(warnings);
		warnings.forEach(System.err::println);
		for (JournalEntry e : entries)
			try {
				perform(e, false);
			} catch (IllegalArgumentException x) {
				throw new BadInputException(journal.file(), "cannot replay '" + e.line() + "' (" + x.getMessage()
						+ "); was the session made with other inputs?");
			}
	}

	/** Messages about the journal (a torn last line), oldest first. */
	public synchronized List<String> warnings() {
		return List.copyOf(warnings);
	}

	/** The session folder. */
	public Path folder() {
		return folder;
	}

	@Override
	public long[] dimensions() {
		return volumes.dimensions().clone();
	}

	@Override
	public VoxelSize voxelSize() {
		return volumes.voxelSize();
	}

	@Override
	public synchronized float[] rawSection(int z) throws IOException {
		return volumes.rawSection(z).clone();
	}

	@Override
	public synchronized long[] labelSection(int z) throws IOException {
		return editedSections.get(z).clone();
	}

	@Override
	public synchronized float[] membraneSection(int z) throws IOException {
		float[] section = volumes.membraneSection(z);
		return section == null ? null : section.clone();
	}

	@Override
	public synchronized long labelAt(int x, int y, int z) throws IOException {
		long[] d = dimensions();
		if (x < 0 || y < 0 || x >= d[0] || y >= d[1])
			throw new IllegalArgumentException("voxel " + x + "," + y + "," + z + " is outside the volume");
		return editedSections.get(z)[x + y * (int) d[0]];
	}

	@Override
	public synchronized long merge(long keep, long absorb) throws IOException {
		perform(JournalEntry.merge(keep, absorb), true);
		return keep;
	}

	@Override
	public synchronized long split(long segment, int[] seedA, int[] seedB) throws IOException {
		perform(JournalEntry.split(segment, seedA, seedB, 0), true);
		return nextId - 1;
	}

	@Override
	public synchronized void markReviewed(long segment) throws IOException {
		perform(JournalEntry.review(segment), true);
	}

	@Override
	public synchronized boolean isReviewed(long segment) {
		return edits.reviewed().contains(segment);
	}

	@Override
	public synchronized boolean undo() throws IOException {
		return perform(JournalEntry.undo(), true);
	}

	@Override
	public synchronized boolean redo() throws IOException {
		return perform(JournalEntry.redo(), true);
	}

	/**
	 * Checks and performs one operation: the journal line (when {@code journaled}) is forced to disk before the state
	 * changes. A split's journal line carries the new id; a replayed split must get the same one.
	 *
	 * @return false for an undo or redo with nothing to do, and for reviewing a reviewed segment (nothing journaled)
	 */
	private boolean perform(JournalEntry entry, boolean journaled) throws IOException {
		Edit edit = null;
		JournalEntry line = entry;
		switch (entry.operation()) {
			case "merge" -> edit = mergeEdit(entry.ids()[0], entry.ids()[1]);
			case "review" -> {
				requireSegment(entry.ids()[0]);
				if (isReviewed(entry.ids()[0]))
					return false;
				edit = new Edit.Review(entry.ids()[0]);
			}
			case "split" -> {
				Edit.Split split = splitEdit(entry.ids()[0], entry.seedA(), entry.seedB());
				if (!journaled && entry.ids()[1] != split.newId())
					throw new IllegalArgumentException("the split made id " + split.newId() + ", the journal says " + entry.ids()[1]);
				line = JournalEntry.split(entry.ids()[0], entry.seedA(), entry.seedB(), split.newId());
				edit = split;
			}
			case "undo" -> {
				if (!history.canUndo())
					return false;
			}
			case "redo" -> {
				if (!history.canRedo())
					return false;
			}
			default -> throw new IllegalArgumentException("unknown operation " + entry.operation());
		}
		if (journaled)
			journal.append(line);
		change(entry.operation(), edit);
		return true;
	}

	private void change(String operation, Edit edit) {
		switch (operation) {
			case "undo" -> history.undo();
			case "redo" -> history.redo();
			default -> history.apply(edit);
		}
		if (edit instanceof Edit.Split)
			nextId++;
		editedSections.clear();
		listeners.forEach(Runnable::run);
	}

	private Edit mergeEdit(long keep, long absorb) throws IOException {
		if (keep == absorb)
			throw new IllegalArgumentException("cannot merge segment " + keep + " with itself");
		requireSegment(keep);
		requireSegment(absorb);
		return new Edit.Merge(keep, absorb);
	}

	private Edit.Split splitEdit(long segment, int[] seedA, int[] seedB) throws IOException {
		requireSegment(segment);
		if (nextId == 0)
			nextId = index().maxId() + 1;
		int width = (int) dimensions()[0];
		SegmentSplitter splitter = new SegmentSplitter(editedSections::get,
				volumes.hasMembranes() ? volumes::membraneSection : null, width);
		return splitter.split(segment, boxOf(segment), seedA, seedB, nextId);
	}

	/** A box holding every voxel now labelled {@code segment}: the union over the ids that map to it. */
	private SegmentBox boxOf(long segment) throws IOException {
		SegmentBox box = null;
		for (Map.Entry<Long, SegmentIndex.Entry> e : index().entries().entrySet())
			if (edits.find(e.getKey()) == segment)
				box = box == null ? e.getValue().box() : box.union(e.getValue().box());
		for (Map.Entry<Long, SegmentBox> e : edits.splitParts().entrySet())
			if (edits.find(e.getKey()) == segment)
				box = box == null ? e.getValue() : box.union(e.getValue());
		return box;
	}

	private void requireSegment(long id) throws IOException {
		boolean exists = id > 0 && (index().get(id) != null || edits.splitParts().containsKey(id));
		if (!exists)
			throw new IllegalArgumentException("there is no segment " + id);
		if (edits.find(id) != id)
			throw new IllegalArgumentException("segment " + id + " was merged into " + edits.find(id));
	}

	private SegmentIndex index() throws IOException {
		if (index == null)
			index = SegmentIndex.scan(volumes);
		return index;
	}

	@Override
	public synchronized List<DetectedSynapse> synapses() {
		try {
			return partners.now(volumes::originalLabels, dimensions(), voxelSize(), this::labelAt, edits);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized List<ReviewCandidate> candidates() {
		try {
			return queue.candidates(edits, queue.needsIndex() ? index() : null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void addChangeListener(Runnable onChange) {
		listeners.add(onChange);
	}

	@Override
	public synchronized Path save() throws IOException {
		CorrectedLabels.write(folder.resolve(LABELS), dimensions(), voxelSize(), this::labelSection);
		List<DetectedSynapse> synapses = synapses();
		ConnectomeFiles.writeSynapses(synapses, voxelSize(), folder.resolve(SYNAPSES));
		Connectome connectome = Connectome.of(synapses);
		ConnectomeFiles.writeEdges(connectome, folder.resolve(CONNECTOME));
		ConnectomeFiles.writeGraphMl(connectome, folder.resolve(GRAPHML));
		return folder;
	}

	@Override
	public synchronized void close() throws IOException {
		try {
			journal.close();
		} finally {
			volumes.close();
		}
	}
}
