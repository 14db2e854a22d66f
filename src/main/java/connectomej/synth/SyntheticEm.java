package connectomej.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

import connectomej.progress.CanceledException;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.view.Views;

/**
 * Generates synthetic EM volumes with ground truth, block by block: the geometry (neurites, mitochondria, synapses,
 * vesicles) is built once from the settings' seed, and any interval is then rendered on demand, identical voxel for
 * voxel whatever the block decomposition, so volumes far larger than memory can be produced block-wise.
 * <p>
 * Typical use: {@code new SyntheticEm(SynthSettings.anisotropicTem(256, 256, 32, 1)).generateVolume(executor)}.
 * The geometry follows the common picture of neuropil (densely packed axons and dendrites separated by ~10 nm of
 * membrane, ~40 nm vesicles near ~20 nm clefts with a PSD on the postsynaptic side); the look imitates
 * osmium-stained serial-section TEM and FIB-SEM.
 */
public final class SyntheticEm {

	private final SynthGeometry geometry;
	private final BlockRenderer renderer;

	/** Builds the geometry of the volume the settings describe; costs time and memory proportional to its volume. */
	public SyntheticEm(SynthSettings settings) {
		this.geometry = SynthGeometry.build(settings);
		this.renderer = new BlockRenderer(geometry);
	}

	/** One-call form: the block over {@code interval} (voxels, x, y, z) of the volume the settings describe. */
	public static SyntheticBlock generate(SynthSettings settings, Interval interval) {
		return new SyntheticEm(settings).generate(interval);
	}

	/** The settings of this volume. */
	public SynthSettings settings() {
		return geometry.settings;
	}

	/** The synapse table: centroids in voxels of the whole volume, ids 1..n. */
	public List<Synapse> synapses() {
		return geometry.table;
	}

	/** Number of neuron ids that exist (some may not reach the volume); ids are 1..count. */
	public int neuronCount() {
		return geometry.neuronCount();
	}

	/**
	 * Renders the block over the interval (voxels, axes x, y, z; any min, may extend beyond the volume, where the
	 * neuropil continues). Thread-safe: blocks may be rendered concurrently.
	 */
	public SyntheticBlock generate(Interval interval) {
		if (interval.numDimensions() != 3)
			throw new IllegalArgumentException("a block has 3 dimensions (x, y, z), got " + interval.numDimensions());
		return renderer.render(interval);
	}

	/** The whole volume, rendered on the calling thread in blocks of 128 x 128 x 16 voxels (64^3 in FIB-SEM). */
	public SyntheticVolume generateVolume() {
		return assemble(task -> {
			task.run();
			return CompletableFuture.completedFuture(null);
		}, ProgressListener.NONE);
	}

	/** The whole volume, its blocks (128 x 128 x 16 voxels, 64^3 in FIB-SEM) rendered on the executor. */
	public SyntheticVolume generateVolume(ExecutorService executor) {
		return assemble(executor::submit, ProgressListener.NONE);
	}

	/**
	 * The whole volume, its blocks rendered on the executor, reporting one step per block to {@code progress}
	 * (stage "generating"); cancelable through it.
	 */
	public SyntheticVolume generateVolume(ExecutorService executor, ProgressListener progress) {
		return assemble(executor::submit, progress);
	}

	private SyntheticVolume assemble(Function<Runnable, Future<?>> submit, ProgressListener progress) {
		SynthSettings s = geometry.settings;
		long[] size = s.interval().dimensionsAsLongArray();
		if (size[0] * size[1] * size[2] > Integer.MAX_VALUE)
			throw new IllegalArgumentException("volume too large to hold in memory: generate it block by block");
		SyntheticBlock whole = new SyntheticBlock(s.interval(), ArrayImgs.unsignedBytes(size), ArrayImgs.unsignedLongs(size),
			ArrayImgs.unsignedBytes(size), ArrayImgs.unsignedBytes(size), ArrayImgs.unsignedBytes(size), ArrayImgs.unsignedBytes(size));
		long[] blockSize = s.modality().projectsSections() ? new long[] { 128, 128, 16 } : new long[] { 64, 64, 64 };
		List<Block> blocks = Blocks.grid(s.interval(), blockSize, new long[3]);
		StageCounter counter = new StageCounter(progress, "generating", blocks.size());
		List<Future<?>> pending = new ArrayList<>();
		for (Block b : blocks)
			pending.add(submit.apply(() -> {
				copy(generate(b.core()), whole);
				counter.step();
			}));
		await(pending);
		return new SyntheticVolume(s, whole, geometry.table);
	}

	static void await(List<Future<?>> pending) {
		try {
			for (Future<?> f : pending)
				f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while rendering", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof CanceledException canceled)
				throw canceled;
			throw new IllegalStateException("a block failed to render", e.getCause());
		}
	}

	private static void copy(SyntheticBlock from, SyntheticBlock into) {
		copyInto(from.raw(), into.raw());
		copyInto(from.neurons(), into.neurons());
		copyInto(from.membranes(), into.membranes());
		copyInto(from.clefts(), into.clefts());
		copyInto(from.vesicles(), into.vesicles());
		copyInto(from.mitochondria(), into.mitochondria());
	}

	private static <T extends net.imglib2.type.Type<T>> void copyInto(RandomAccessibleInterval<T> from, RandomAccessibleInterval<T> into) {
		LoopBuilder.setImages(from, Views.interval(into, from)).forEachPixel((a, b) -> b.set(a));
	}
}
