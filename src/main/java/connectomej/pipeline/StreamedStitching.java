package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.segment.BlockStitching;
import connectomej.volume.Block;

/**
 * The stitching of {@link BlockStitching#finalIds} computed from the per-block files of {@link BlockSupervoxelFiles}
 * one z layer of blocks at a time: memory holds the id flags of every block (a byte per block-local supervoxel), a
 * union-find over all supervoxels, and the face layers of one layer of blocks, not the faces of the whole volume
 * (about 0.75 byte per voxel with 128 x 128 x 32 blocks). Same ids as {@link BlockStitching#finalIds}.
 */
final class StreamedStitching {

	private final List<Block> blocks;
	private final long[] grid;
	private final Path folder;
	private final boolean[][] used;
	private final int[] base;
	private final int[] parent;

	private StreamedStitching(List<Block> blocks, long[] grid, Path folder, boolean[][] used) {
		this.blocks = blocks;
		this.grid = grid;
		this.folder = folder;
		this.used = used;
		this.base = new int[blocks.size() + 1];
		for (int b = 0; b < blocks.size(); b++)
			base[b + 1] = Math.addExact(base[b], used[b].length);
		this.parent = new int[base[blocks.size()]];
		for (int i = 0; i < parent.length; i++)
			parent[i] = i;
	}

	/**
	 * Final ids of all blocks' local ids, as {@link BlockStitching#finalIds}.
	 *
	 * @param blocks every block of the grid, in grid order (x fastest), with the halo the files were written with
	 * @param folder holds one file per block, at {@link Block#gridPath()}
	 * @return {@code ids[b][local]}: the final id (0 for local 0 and for ids used by no core voxel)
	 */
	static long[][] finalIds(List<Block> blocks, long[] grid, Path folder, boolean[] stitchAxes, ExecutorService executor) throws IOException {
		List<Callable<boolean[]>> reads = new ArrayList<>();
		for (Block b : blocks)
			reads.add(() -> BlockSupervoxelFiles.readUsed(folder.resolve(b.gridPath()), b));
		StreamedStitching s = new StreamedStitching(blocks, grid, folder, Parallel.all(reads, executor).toArray(new boolean[0][]));
		int layer = (int) (grid[0] * grid[1]);
		for (int first = 0; first < blocks.size(); first += layer)
			for (int[] pairs : Parallel.all(s.faceJobs(first, Math.min(blocks.size(), first + layer), stitchAxes), executor))
				for (int i = 0; i < pairs.length; i += 2)
					s.union(pairs[i], pairs[i + 1]);
		return s.compact();
	}

	private List<Callable<int[]>> faceJobs(int from, int to, boolean[] stitchAxes) {
		List<Callable<int[]>> jobs = new ArrayList<>();
		for (int b = from; b < to; b++)
			for (int axis = 0; axis < 3; axis++) {
				int next = neighbour(blocks.get(b), axis);
				if (stitchAxes[axis] && next >= 0)
					jobs.add(pairsJob(b, next, axis));
			}
		return jobs;
	}

	private Callable<int[]> pairsJob(int a, int b, int axis) {
		return () -> pairs(a, b, axis);
	}

	/** Pairs of union-find indices joined across the face between block a and the next block b along an axis. */
	private int[] pairs(int a, int b, int axis) throws IOException {
		int[][] far = BlockSupervoxelFiles.readFace(folder.resolve(blocks.get(a).gridPath()), blocks.get(a), 2 * axis + 1);
		int[][] near = BlockSupervoxelFiles.readFace(folder.resolve(blocks.get(b).gridPath()), blocks.get(b), 2 * axis);
		if (far[0] == null || near[0] == null)
			throw new IllegalArgumentException("stitching needs a halo of at least 1 voxel on axis " + axis);
		int[] aIn = far[0], aOut = far[1], bIn = near[0], bOut = near[1];
		LongPairs joined = new LongPairs();
		for (int i = 0; i < aIn.length; i++)
			if (aIn[i] != 0 && bIn[i] != 0 && aIn[i] == aOut[i] && bIn[i] == bOut[i])
				joined.add(base[a] + aIn[i], base[b] + bIn[i]);
		long[] flat = joined.toArray();
		int[] out = new int[flat.length];
		for (int i = 0; i < flat.length; i++)
			out[i] = (int) flat[i];
		return out;
	}

	private int neighbour(Block block, int axis) {
		long[] p = block.gridPosition().clone();
		if (++p[axis] >= grid[axis])
			return -1;
		return (int) (p[0] + grid[0] * (p[1] + grid[1] * p[2]));
	}

	private int find(int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private void union(int a, int b) {
		int ra = find(a), rb = find(b);
		if (ra != rb)
			parent[Math.max(ra, rb)] = Math.min(ra, rb);
	}

	/** Ids 1..n in order of each set's first (block, local id) used in a core. */
	private long[][] compact() {
		long[] idOfRoot = new long[parent.length];
		long next = 0;
		long[][] ids = new long[blocks.size()][];
		for (int b = 0; b < blocks.size(); b++) {
			ids[b] = new long[used[b].length];
			for (int local = 1; local < used[b].length; local++) {
				if (!used[b][local])
					continue;
				int root = find(base[b] + local);
				if (idOfRoot[root] == 0)
					idOfRoot[root] = ++next;
				ids[b][local] = idOfRoot[root];
			}
		}
		return ids;
	}
}
