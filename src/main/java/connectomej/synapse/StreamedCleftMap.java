package connectomej.synapse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.ModelInfo;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import connectomej.nn.Tiling;
import connectomej.volume.Volume;

/**
 * The mean cleft map of an ensemble ({@link SynapseMaps#predictMean}) with its full-resolution members predicted only
 * where they can change the cleft candidates: the streaming order of Santurkar et al. 2017 (arXiv 1702.07386), the
 * cheap cue first and the costly net only where it can change a decision, applied inside the cleft ensemble.
 * <p>
 * Members with input downsampling (a 1 / f^2 of the voxels) are predicted everywhere. A full-resolution member's
 * value is at most 1, so a voxel can reach the rules' cleft threshold only where the mean, with the unpredicted
 * members counted as 1, reaches it; boxes fitted around those voxels, with a margin, are predicted first. Then, round after round,
 * every hysteresis candidate (voxels at or above the low threshold grown from one at or above the threshold, as
 * {@link CleftCandidates} finds them) among the predicted voxels that touches an unpredicted voxel has boxes
 * predicted around such voxels, until none does. The candidates are then those of the whole mean map, and
 * {@link SynapseRules#detect} and {@link VesicleReach} give the same synapses, since they read the cleft map inside the
 * candidates only. The values agree with a whole prediction to float rounding (~1e-6), not bit for bit (the boxes are
 * tiles of other sizes), so a voxel within that distance of a threshold could in principle fall on the other side.
 * Voxels left unpredicted hold the mean with the unpredicted members counted as 0.
 */
public final class StreamedCleftMap {

	/** Default tile core size of the coarse members, coarse voxels: one tile per section spends little on the halo. */
	public static final int COARSE_TILE_SIZE = 512;

	/** Side of the cells, voxels (rounded up to a member's size multiple), of which the boxes are made. */
	private static final int CELL = 8;

	/** Cells added around each cell with a wanted voxel (on EPFL, 2 cells spared the rounds of growth; 0 and 1 cost more). */
	private static final int MARGIN = 2;

	/**
	 * How much of the full-resolution members was predicted.
	 *
	 * @param voxelsPredicted voxels predicted, summed over the full-resolution members
	 * @param voxels voxels of a whole prediction, summed the same way
	 * @param boxes boxes predicted
	 * @param rounds rounds of growth after the first (0 when no candidate reached an unpredicted voxel)
	 */
	public record Coverage(long voxelsPredicted, long voxels, int boxes, int rounds) {

		/** The share of a whole prediction's voxels that was predicted, in [0, 1]. */
		public double fraction() {
			return voxels == 0 ? 1 : voxelsPredicted / (double) voxels;
		}
	}

	private final List<StoredModel> models;
	private final Volume<UnsignedByteType> raw;
	private final long[] dims;
	private final float[][] maps;
	/** Per full-resolution member, whether each voxel is predicted; null for members predicted everywhere. */
	private final boolean[][] predicted;
	private final ExecutorService executor;
	private final int concurrency, coarseTileSize;
	private long voxelsPredicted;
	private int boxes;

	private StreamedCleftMap(List<StoredModel> models, Volume<UnsignedByteType> raw, ExecutorService executor, int concurrency,
			int coarseTileSize) {
		this.models = models;
		this.raw = raw;
		this.dims = raw.data().dimensionsAsLongArray();
		this.maps = new float[models.size()][];
		this.predicted = new boolean[models.size()][];
		this.executor = executor;
		this.concurrency = concurrency;
		this.coarseTileSize = coarseTileSize;
	}

	/**
	 * Writes the ensemble's mean cleft map into {@code output}, its coarse members with tiles of
	 * {@link #COARSE_TILE_SIZE}. Without both a member with input downsampling and one without, this is
	 * {@link SynapseMaps#predictMean}.
	 *
	 * @param models one-output cleft models; their mean, in this order, is the map
	 * @param raw EM volume, axes x, y, z
	 * @param output probabilities in [0, 1], same dimensions as {@code raw}
	 * @param rules the rules that will read the map: their cleft threshold, low threshold and section connectivity
	 * @return how much of the full-resolution members was predicted
	 */
	public static Coverage predict(List<StoredModel> models, Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output,
			ExecutorService executor, int concurrency, SynapseRules.Settings rules) {
		return predict(models, raw, output, executor, concurrency, rules, COARSE_TILE_SIZE);
	}

	/**
	 * As {@link #predict(List, Volume, RandomAccessibleInterval, ExecutorService, int, SynapseRules.Settings)}, with
	 * another tile size for the coarse members.
	 *
	 * @param coarseTileSize tile core size of the coarse members along x and y, in their coarse voxels
	 *            ({@link SynapseMaps#TILE_SIZE} for their values in {@link SynapseMaps#predictMean} bit for bit)
	 */
	public static Coverage predict(List<StoredModel> models, Volume<UnsignedByteType> raw, RandomAccessibleInterval<FloatType> output,
			ExecutorService executor, int concurrency, SynapseRules.Settings rules, int coarseTileSize) {
		if (!mixed(models)) {
			SynapseMaps.predictMean(models, raw, output, executor, concurrency);
			return new Coverage(0, 0, 0, 0);
		}
		StreamedCleftMap map = new StreamedCleftMap(models, raw, executor, concurrency, coarseTileSize);
		int rounds = map.run(rules);
		map.write(output);
		long gated = models.stream().filter(m -> !cheap(m)).count();
		return new Coverage(map.voxelsPredicted, gated * raw.data().size(), map.boxes, rounds);
	}

	private void predictCoarse(int m) {
		StoredModel model = models.get(m);
		maps[m] = new float[Math.toIntExact(raw.data().size())];
		TiledInference.predict(raw.data(), Dl4jBackend.of(model, concurrency), model.info(), coarseTileSize,
				ArrayImgs.floats(maps[m], dims), executor);
	}

	private static boolean mixed(List<StoredModel> models) {
		return streams(models.stream().map(StoredModel::info).toList());
	}

	/**
	 * Whether an ensemble is streamed: it holds a member with input downsampling (predicted everywhere) and one
	 * without (predicted where it can change a candidate).
	 */
	public static boolean streams(List<ModelInfo> members) {
		return members.stream().anyMatch(StreamedCleftMap::coarse) && !members.stream().allMatch(StreamedCleftMap::coarse);
	}

	private static boolean coarse(ModelInfo member) {
		return member.inputDownsampling() > 1;
	}

	private static boolean cheap(StoredModel model) {
		return coarse(model.info());
	}

	private int run(SynapseRules.Settings rules) {
		int size = Math.toIntExact(raw.data().size());
		List<Dl4jBackend> backends = new ArrayList<>();
		for (int m = 0; m < models.size(); m++) {
			boolean coarse = cheap(models.get(m));
			backends.add(coarse ? null : Dl4jBackend.of(models.get(m), concurrency));
			if (coarse)
				predictCoarse(m);
			else {
				maps[m] = new float[size];
				predicted[m] = new boolean[size];
			}
		}
		boolean[] wanted = new boolean[size];
		for (int i = 0; i < size; i++)
			wanted[i] = mean(i, 1f) >= rules.cleftThreshold();
		predictWanted(backends, wanted);
		int rounds = 0;
		while (unpredictedNeighbours(rules, wanted)) {
			rounds++;
			predictWanted(backends, wanted);
		}
		return rounds;
	}

	/**
	 * The ensemble mean at flat index {@code i}, summed in member order as {@link SynapseMaps#predictMean} does, with
	 * {@code unknown} for a member not predicted there.
	 */
	private float mean(int i, float unknown) {
		float sum = value(0, i, unknown);
		for (int m = 1; m < maps.length; m++)
			sum += value(m, i, unknown);
		return sum / maps.length;
	}

	private float value(int m, int i, float unknown) {
		return predicted[m] == null || predicted[m][i] ? maps[m][i] : unknown;
	}

	private boolean known(int i) {
		for (boolean[] p : predicted)
			if (p != null && !p[i])
				return false;
		return true;
	}

	/**
	 * Fills {@code wanted} with the unpredicted face neighbours of the candidates ({@link CleftCandidates}) found among
	 * the predicted voxels.
	 *
	 * @return whether there is any
	 */
	private boolean unpredictedNeighbours(SynapseRules.Settings rules, boolean[] wanted) {
		float[] exact = new float[wanted.length];
		for (int i = 0; i < exact.length; i++)
			exact[i] = known(i) ? mean(i, 0f) : -1f;
		CleftCandidates candidates = CleftCandidates.find(exact, dims, rules.cleftLowThreshold(), rules.cleftThreshold(),
				rules.connectSections());
		Arrays.fill(wanted, false);
		boolean any = false;
		long nx = dims[0], plane = nx * dims[1];
		long[] steps = { 1, nx, plane };
		int axes = rules.connectSections() ? 3 : 2;
		for (int i : candidates.voxels) {
			long[] p = { i % nx, (i / nx) % dims[1], i / plane };
			for (int a = 0; a < axes; a++)
				for (int d = -1; d <= 1; d += 2) {
					int j = (int) (i + d * steps[a]);
					if (p[a] + d >= 0 && p[a] + d < dims[a] && !known(j))
						any |= wanted[j] = true;
				}
		}
		return any;
	}

	/** Predicts, for each full-resolution member, boxes around the wanted voxels it has not predicted yet. */
	private void predictWanted(List<Dl4jBackend> backends, boolean[] wanted) {
		for (int m = 0; m < models.size(); m++) {
			if (predicted[m] == null)
				continue;
			StoredModel model = models.get(m);
			Tiling tiling = Tiling.of(model.info(), 1);
			List<Interval> cores = new ArrayList<>();
			for (int z = 0; z < dims[2]; z++)
				for (long[] box : FittedBoxes.around(wanted, predicted[m], dims, z, roundUp(CELL, tiling.sizeMultiple()), MARGIN,
						tiling.halo()))
					cores.add(core(box, z));
			TiledInference.predictCores(raw.data(), backends.get(m), model.info(), cores, ArrayImgs.floats(maps[m], dims), executor);
			boxes += cores.size();
			for (Interval core : cores)
				mark(predicted[m], core);
		}
	}

	private Interval core(long[] box, int z) {
		var d = raw.data();
		return new FinalInterval(new long[] { box[0] + d.min(0), box[1] + d.min(1), z + d.min(2) },
				new long[] { box[2] + d.min(0), box[3] + d.min(1), z + d.min(2) });
	}

	private int index(long x, long y, long z) {
		return (int) (x + dims[0] * (y + dims[1] * z));
	}

	private void mark(boolean[] voxels, Interval core) {
		var d = raw.data();
		long z = core.min(2) - d.min(2);
		for (long y = core.min(1) - d.min(1); y <= core.max(1) - d.min(1); y++)
			for (long x = core.min(0) - d.min(0); x <= core.max(0) - d.min(0); x++) {
				int i = index(x, y, z);
				voxelsPredicted += voxels[i] ? 0 : 1;
				voxels[i] = true;
			}
	}

	private static int roundUp(int n, int m) {
		return (n + m - 1) / m * m;
	}

	private void write(RandomAccessibleInterval<FloatType> output) {
		Cursor<FloatType> out = Views.flatIterable(output).cursor();
		for (int i = 0; out.hasNext(); i++)
			out.next().set(mean(i, 0f));
	}
}
