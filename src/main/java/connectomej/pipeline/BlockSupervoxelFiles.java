package connectomej.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.segment.BlockFaces;
import connectomej.segment.BlockSupervoxels;
import connectomej.volume.Block;

/**
 * What a block's watershed leaves for stitching ({@link BlockSupervoxels}: its id count, the ids used in its core and
 * its face layers), one small binary file per block, written atomically: count (int), used flags (count + 1 bytes),
 * then per face (6) its inside and outside layers, each as length (int, -1 for none) and values (ints).
 */
final class BlockSupervoxelFiles {

	private BlockSupervoxelFiles() {}

	static void write(Path file, BlockSupervoxels block) throws IOException {
		AtomicFiles.write(file, tmp -> {
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
				out.writeInt(block.count());
				for (boolean used : block.usedInCore())
					out.writeBoolean(used);
				for (int face = 0; face < 6; face++) {
					writeLayer(out, block.faces().inside()[face]);
					writeLayer(out, block.faces().outside()[face]);
				}
			}
		});
	}

	static BlockSupervoxels read(Path file, Block block) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			int count = in.readInt();
			boolean[] used = new boolean[count + 1];
			for (int i = 0; i <= count; i++)
				used[i] = in.readBoolean();
			int[][] inside = new int[6][], outside = new int[6][];
			for (int face = 0; face < 6; face++) {
				inside[face] = readLayer(in);
				outside[face] = readLayer(in);
			}
			return new BlockSupervoxels(block, count, used, new BlockFaces(inside, outside));
		} catch (java.io.EOFException | NegativeArraySizeException e) {
			throw new BadInputException(file, "truncated stitching data of block " + block.gridPath());
		}
	}

	/** Id count and the used-in-core flags of a block's file, without its faces. */
	static boolean[] readUsed(Path file, Block block) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			boolean[] used = new boolean[in.readInt() + 1];
			for (int i = 0; i < used.length; i++)
				used[i] = in.readBoolean();
			return used;
		} catch (java.io.EOFException | NegativeArraySizeException e) {
			throw new BadInputException(file, "truncated stitching data of block " + block.gridPath());
		}
	}

	/** One face of a block's file: its inside and outside layers (null where the block has no halo there). */
	static int[][] readFace(Path file, Block block, int face) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			in.skipNBytes(in.readInt() + 1);
			for (int layer = 0; layer < 2 * face; layer++) {
				int n = in.readInt();
				in.skipNBytes(4L * Math.max(0, n));
			}
			return new int[][] { readLayer(in), readLayer(in) };
		} catch (java.io.EOFException | NegativeArraySizeException e) {
			throw new BadInputException(file, "truncated stitching data of block " + block.gridPath());
		}
	}

	private static void writeLayer(DataOutputStream out, int[] layer) throws IOException {
		out.writeInt(layer == null ? -1 : layer.length);
		if (layer != null)
			for (int v : layer)
				out.writeInt(v);
	}

	private static int[] readLayer(DataInputStream in) throws IOException {
		int n = in.readInt();
		if (n < 0)
			return null;
		int[] layer = new int[n];
		for (int i = 0; i < n; i++)
			layer[i] = in.readInt();
		return layer;
	}
}
