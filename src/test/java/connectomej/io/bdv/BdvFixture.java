package connectomej.io.bdv;

import java.util.List;
import java.util.Random;

import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Four channels of 150 x 100 x 6 voxels of 4 x 4 x 40 nm (levels {1,1,1}, {2,2,1}, {4,4,1}): EM (x + 3y + 7z) mod 256;
 * segments 1 + x / 30 with id 70000 in rows y < 10 and background in columns x < 3; synapse 5 on a diagonal
 * pattern; a seeded random uncertainty map in [0, 1).
 */
final class BdvFixture {

	static final long[] SIZE = { 150, 100, 6 };
	static final VoxelSize VOXEL = new VoxelSize(4, 4, 40);
	/** A segment id above 16 bits, and what the HDF5 flavour folds it into: (70000 - 1) mod 65535 + 1. */
	static final long BIG_ID = 70000, FOLDED_BIG_ID = 4465;

	final ArrayImg<UnsignedByteType, ?> em = ArrayImgs.unsignedBytes(SIZE);
	final ArrayImg<UnsignedLongType, ?> segments = ArrayImgs.unsignedLongs(SIZE);
	final ArrayImg<UnsignedIntType, ?> synapses = ArrayImgs.unsignedInts(SIZE);
	final ArrayImg<FloatType, ?> uncertainty = ArrayImgs.floats(SIZE);

	BdvFixture(long seed) {
		Random random = new Random(seed);
		Cursor<UnsignedByteType> c = em.localizingCursor();
		Cursor<UnsignedLongType> s = segments.cursor();
		Cursor<UnsignedIntType> y = synapses.cursor();
		Cursor<FloatType> u = uncertainty.cursor();
		while (c.hasNext()) {
			c.fwd();
			int px = c.getIntPosition(0), py = c.getIntPosition(1), pz = c.getIntPosition(2);
			c.get().set((px + 3 * py + 7 * pz) % 256);
			s.next().set(px < 3 ? 0 : py < 10 ? BIG_ID : 1 + px / 30);
			y.next().set((px / 10 + py / 10) % 7 == 0 ? 5 : 0);
			u.next().set(random.nextFloat());
		}
	}

	BdvSources sources() {
		return new BdvSources(List.of(new BdvSource("EM", em, false), new BdvSource("segments", segments, true),
				new BdvSource("synapses", synapses, true), new BdvSource("uncertainty", uncertainty, false)), VOXEL);
	}

	static final List<String> NAMES = List.of("EM", "segments", "synapses", "uncertainty");
	static final long[][] FACTORS = { { 1, 1, 1 }, { 2, 2, 1 }, { 4, 4, 1 } };
	static final String AFFINE = "4.0 0.0 0.0 0.0 0.0 4.0 0.0 0.0 0.0 0.0 40.0 0.0";
}
