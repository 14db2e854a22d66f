package connectomej.synth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import connectomej.io.SectionSink;
import connectomej.progress.ProgressListener;
import connectomej.progress.StageCounter;
import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * The EM image of a synthetic volume written slab of sections by slab, so that volumes far larger than memory are
 * produced with one slab in memory: each slab is rendered in tiles on an executor ({@link SyntheticEm#generate} gives
 * the same voxels whatever the decomposition) and appended to a {@link SectionSink}.
 */
public final class SyntheticSections {

	private SyntheticSections() {}

	/**
	 * Renders the raw EM of the whole volume into {@code sink}, in z order, holding one slab (16 sections in TEM, 64 in
	 * FIB-SEM; full x, y) of 8-bit voxels plus the tiles in progress.
	 *
	 * @param sink created for the volume's dimensions (x, y, z); appended 8-bit values 0..255 as float; not committed
	 * @param executor renders the tiles of a slab in parallel
	 * @param progress one step per tile, stage "generating"; cancelable through it
	 */
	public static void writeRaw(SyntheticEm em, SectionSink sink, ExecutorService executor, ProgressListener progress) throws IOException {
		Interval volume = em.settings().interval();
		long[] tile = em.settings().modality().projectsSections() ? new long[] { 128, 128, 16 } : new long[] { 64, 64, 64 };
		long slabs = (volume.dimension(2) + tile[2] - 1) / tile[2];
		long tilesPerSlab = Blocks.grid(slab(volume, 0, tile[2]), tile, new long[3]).size();
		StageCounter counter = new StageCounter(progress, "generating", slabs * tilesPerSlab);
		for (long s = 0; s < slabs; s++) {
			RandomAccessibleInterval<UnsignedByteType> pixels = renderSlab(em, slab(volume, s, tile[2]), tile, executor, counter);
			sink.append(Converters.convert(pixels, (b, f) -> f.setReal(b.get()), new FloatType()));
		}
	}

	/** Slab {@code index} of the volume: full x, y; sections {@code index * depth} on, clipped to the volume. */
	static Interval slab(Interval volume, long index, long depth) {
		long[] min = volume.minAsLongArray(), max = volume.maxAsLongArray();
		min[2] += index * depth;
		max[2] = Math.min(max[2], min[2] + depth - 1);
		return new FinalInterval(min, max);
	}

	private static RandomAccessibleInterval<UnsignedByteType> renderSlab(SyntheticEm em, Interval slab, long[] tile,
			ExecutorService executor, StageCounter counter) {
		RandomAccessibleInterval<UnsignedByteType> pixels = Views.translate(ArrayImgs.unsignedBytes(slab.dimensionsAsLongArray()),
				slab.minAsLongArray());
		List<Future<?>> pending = new ArrayList<>();
		for (Block b : Blocks.grid(slab, tile, new long[3]))
			pending.add(executor.submit(() -> {
				RandomAccessibleInterval<UnsignedByteType> raw = em.generate(b.core()).raw();
				LoopBuilder.setImages(raw, Views.interval(pixels, raw)).forEachPixel((from, to) -> to.set(from));
				counter.step();
			}));
		SyntheticEm.await(pending);
		return pixels;
	}
}
