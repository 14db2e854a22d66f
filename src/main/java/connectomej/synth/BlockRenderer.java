package connectomej.synth;

import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

/**
 * Renders one block: classifies the block plus a halo, shades the clean image, blurs it (the halo covers the
 * kernel), separates touching neurons (see below), then records noise. Every step depends only on global
 * coordinates, so any block decomposition gives the same voxels.
 * <p>
 * Label separation: a voxel whose in-plane neighbour (or, in FIB-SEM, any 6-neighbour) has a different, smaller
 * non-zero id becomes boundary, so that distinct neurons never touch in the plane even where the dark band is
 * thinner than a voxel.
 */
final class BlockRenderer {

	private static final int CLEFT = 1, VESICLE = 2, MITO = 4;

	private final SynthGeometry geometry;
	private final VoxelSweep sweep;
	private final Shading shading;
	private final Acquisition acquisition;
	private final double[] sigma = new double[3];
	private final int[] halo = new int[3];

	BlockRenderer(SynthGeometry geometry) {
		this.geometry = geometry;
		this.sweep = new VoxelSweep(geometry);
		SynthSettings s = geometry.settings;
		this.shading = new Shading(VoxelHash.mix(s.seed() ^ 0x7368616465L));
		this.acquisition = new Acquisition(s);
		boolean sections = s.modality().projectsSections();
		for (int d = 0; d < 3; d++) {
			sigma[d] = d == 2 && sections ? 0 : s.blurSigmaNm() / s.voxelSize().get(d);
			halo[d] = Math.max(SeparableBlur.radius(sigma[d]), d == 2 && sections ? 0 : 1);
		}
	}

	/** Renders the block over the interval (voxels, any min). */
	SyntheticBlock render(Interval core) {
		long[] min = new long[3], max = new long[3];
		for (int d = 0; d < 3; d++) {
			min[d] = core.min(d) - halo[d];
			max[d] = core.max(d) + halo[d];
		}
		Interval outer = new FinalInterval(min, max);
		int[] dims = { (int) outer.dimension(0), (int) outer.dimension(1), (int) outer.dimension(2) };
		float[] clean = new float[dims[0] * dims[1] * dims[2]];
		int[] labels = new int[clean.length];
		byte[] flags = new byte[clean.length];
		sweep.sweep(outer, (i, x, y, z, s) -> {
			clean[i] = (float) shading.grey(s, x * vx(0), y * vx(1), z * vx(2));
			labels[i] = s.label;
			flags[i] = (byte) ((s.cleft != 0 ? CLEFT : 0) | (!Double.isNaN(s.vesicleRadial) ? VESICLE : 0) | (s.mito >= 0 ? MITO : 0));
		});
		SeparableBlur.blur(clean, dims, sigma);
		return crop(core, dims, clean, labels, flags);
	}

	private double vx(int d) {
		return geometry.settings.voxelSize().get(d);
	}

	private SyntheticBlock crop(Interval core, int[] dims, float[] clean, int[] labels, byte[] flags) {
		int n = (int) (core.dimension(0) * core.dimension(1) * core.dimension(2));
		byte[] raw = new byte[n], membrane = new byte[n], cleft = new byte[n], vesicle = new byte[n], mito = new byte[n];
		long[] ids = new long[n];
		int o = 0;
		for (long z = core.min(2); z <= core.max(2); z++) {
			double[] section = acquisition.section(z);
			for (long y = core.min(1); y <= core.max(1); y++)
				for (long x = core.min(0); x <= core.max(0); x++, o++) {
					int i = outerIndex(x - core.min(0) + halo[0], y - core.min(1) + halo[1], z - core.min(2) + halo[2], dims);
					ids[o] = separated(labels, i, dims);
					raw[o] = (byte) acquisition.record(clean[i], x, y, z, section);
					membrane[o] = (byte) (ids[o] == 0 ? 1 : 0);
					cleft[o] = (byte) ((flags[i] & CLEFT) != 0 ? 1 : 0);
					vesicle[o] = (byte) ((flags[i] & VESICLE) != 0 ? 1 : 0);
					mito[o] = (byte) ((flags[i] & MITO) != 0 && ids[o] != 0 ? 1 : 0);
				}
		}
		long[] size = core.dimensionsAsLongArray(), at = core.minAsLongArray();
		return new SyntheticBlock(new FinalInterval(core), Views.translate(ArrayImgs.unsignedBytes(raw, size), at),
			Views.translate(ArrayImgs.unsignedLongs(ids, size), at), Views.translate(ArrayImgs.unsignedBytes(membrane, size), at),
			Views.translate(ArrayImgs.unsignedBytes(cleft, size), at), Views.translate(ArrayImgs.unsignedBytes(vesicle, size), at),
			Views.translate(ArrayImgs.unsignedBytes(mito, size), at));
	}

	private static int outerIndex(long x, long y, long z, int[] dims) {
		return (int) (x + dims[0] * (y + (long) dims[1] * z));
	}

	private long separated(int[] labels, int i, int[] dims) {
		int id = labels[i];
		if (id == 0)
			return 0;
		int[] steps = { 1, dims[0], dims[0] * dims[1] };
		for (int d = 0; d < 3; d++)
			if (halo[d] > 0 && (d < 2 || !geometry.settings.modality().projectsSections()))
				for (int sgn = -1; sgn <= 1; sgn += 2) {
					int other = labels[i + sgn * steps[d]];
					if (other != 0 && other < id)
						return 0;
				}
		return id;
	}
}
