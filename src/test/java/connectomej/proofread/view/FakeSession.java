package connectomej.proofread.view;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import connectomej.proofread.ProofreadSession;
import connectomej.proofread.ReviewCandidate;
import connectomej.synapse.DetectedSynapse;
import connectomej.volume.VoxelSize;

/**
 * An in-memory session for the viewer's tests: sections come from generators (so a large volume costs nothing until
 * read), and every read is counted per section. Merges relabel; a split gives the voxels of the segment nearer to
 * seed B than to seed A (z scaled by the anisotropy) the new id; undo and redo replay the list of edits.
 */
final class FakeSession implements ProofreadSession {

	private interface Edit {
		long apply(long id, int x, int y, int z);
	}

	private final long[] dims;
	private final VoxelSize voxelSize;
	private final IntFunction<float[]> raw;
	private final IntFunction<long[]> labels;
	private final List<DetectedSynapse> synapses = new ArrayList<>();
	private final List<ReviewCandidate> candidates = new ArrayList<>();
	private final List<Edit> edits = new ArrayList<>();
	private final Deque<Edit> undone = new ArrayDeque<>();
	private final Set<Long> reviewed = new HashSet<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	final Map<Integer, AtomicInteger> rawReads = new ConcurrentHashMap<>();
	final Map<Integer, AtomicInteger> labelReads = new ConcurrentHashMap<>();
	private long nextId;
	int saves;
	boolean closed;

	FakeSession(long[] dims, VoxelSize voxelSize, IntFunction<float[]> raw, IntFunction<long[]> labels, long firstFreeId) {
		this.dims = dims.clone();
		this.voxelSize = voxelSize;
		this.raw = raw;
		this.labels = labels;
		this.nextId = firstFreeId;
	}

	/** A session over whole arrays in memory, sections x fastest then y then z. */
	static FakeSession of(long[] dims, float[] rawVoxels, long[] labelVoxels) {
		int n = (int) (dims[0] * dims[1]);
		long max = 0;
		for (long l : labelVoxels)
			max = Math.max(max, l);
		return new FakeSession(dims, new VoxelSize(4, 4, 40),
			z -> java.util.Arrays.copyOfRange(rawVoxels, z * n, (z + 1) * n),
			z -> java.util.Arrays.copyOfRange(labelVoxels, z * n, (z + 1) * n), max + 1);
	}

	FakeSession withSynapse(DetectedSynapse s) {
		synapses.add(s);
		return this;
	}

	FakeSession withCandidate(ReviewCandidate c) {
		candidates.add(c);
		return this;
	}

	int rawReadsTotal() {
		return rawReads.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	int labelReadsTotal() {
		return labelReads.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	@Override
	public long[] dimensions() {
		return dims.clone();
	}

	@Override
	public VoxelSize voxelSize() {
		return voxelSize;
	}

	@Override
	public float[] rawSection(int z) {
		rawReads.computeIfAbsent(z, k -> new AtomicInteger()).incrementAndGet();
		return raw.apply(z);
	}

	@Override
	public long[] labelSection(int z) {
		labelReads.computeIfAbsent(z, k -> new AtomicInteger()).incrementAndGet();
		long[] section = labels.apply(z);
		int w = (int) dims[0];
		if (!edits.isEmpty())
			for (int i = 0; i < section.length; i++)
				section[i] = edited(section[i], i % w, i / w, z);
		return section;
	}

	@Override
	public float[] membraneSection(int z) {
		return null;
	}

	@Override
	public long labelAt(int x, int y, int z) {
		return edited(labels.apply(z)[x + y * (int) dims[0]], x, y, z);
	}

	private long edited(long id, int x, int y, int z) {
		for (Edit e : edits)
			id = e.apply(id, x, y, z);
		return id;
	}

	@Override
	public long merge(long keep, long absorb) {
		if (keep == absorb || keep == 0 || absorb == 0)
			throw new IllegalArgumentException("cannot merge " + absorb + " into " + keep);
		edit((id, x, y, z) -> id == absorb ? keep : id);
		return keep;
	}

	@Override
	public long split(long segment, int[] a, int[] b) {
		if (labelAt(a[0], a[1], a[2]) != segment || labelAt(b[0], b[1], b[2]) != segment)
			throw new IllegalArgumentException("a seed lies outside segment " + segment);
		long created = nextId++;
		double s = voxelSize.z() / voxelSize.x();
		edit((id, x, y, z) -> id == segment && distance(x, y, z, b, s) < distance(x, y, z, a, s) ? created : id);
		return created;
	}

	private static double distance(int x, int y, int z, int[] p, double zScale) {
		return Math.hypot(Math.hypot(x - p[0], y - p[1]), (z - p[2]) * zScale);
	}

	private void edit(Edit e) {
		edits.add(e);
		undone.clear();
		changed();
	}

	@Override
	public void markReviewed(long segment) {
		reviewed.add(segment);
		changed();
	}

	@Override
	public boolean isReviewed(long segment) {
		return reviewed.contains(segment);
	}

	@Override
	public boolean undo() {
		if (edits.isEmpty())
			return false;
		undone.push(edits.remove(edits.size() - 1));
		changed();
		return true;
	}

	@Override
	public boolean redo() {
		if (undone.isEmpty())
			return false;
		edits.add(undone.pop());
		changed();
		return true;
	}

	@Override
	public List<DetectedSynapse> synapses() {
		return List.copyOf(synapses);
	}

	@Override
	public List<ReviewCandidate> candidates() {
		return candidates.stream().filter(c -> !reviewed.contains(c.id())).toList();
	}

	@Override
	public void addChangeListener(Runnable onChange) {
		listeners.add(onChange);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	@Override
	public Path save() {
		saves++;
		return Path.of("fake-session");
	}

	@Override
	public void close() {
		closed = true;
	}
}
