package connectomej.synapse;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

/** A tiny synapse: two segments, a cleft band between them, vesicles on one side. */
public final class SynapseFixture {

	private SynapseFixture() {}

	public static final int W = 24, H = 16, D = 3;

	/** Segment 1 left of x = 12, segment 2 right; a 2-voxel cleft band at x = 11, 12, y 3..12, all sections. */
	public static ArrayImg<UnsignedLongType, ?> segments(long left, long right) {
		ArrayImg<UnsignedLongType, ?> s = ArrayImgs.unsignedLongs(W, H, D);
		var c = s.cursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) < 12 ? left : right);
		}
		return s;
	}

	public static ArrayImg<FloatType, ?> cleft() {
		ArrayImg<FloatType, ?> m = ArrayImgs.floats(W, H, D);
		var c = m.cursor();
		while (c.hasNext()) {
			c.fwd();
			int x = c.getIntPosition(0), y = c.getIntPosition(1);
			c.get().set((x == 11 || x == 12) && y >= 3 && y <= 12 ? 0.9f : 0.1f);
		}
		return m;
	}

	/** Vesicle probability 0.8 in a cloud 3..7 voxels left (side = -1) or right (+1) of the cleft. */
	public static ArrayImg<FloatType, ?> vesicles(int side) {
		ArrayImg<FloatType, ?> m = ArrayImgs.floats(W, H, D);
		var c = m.cursor();
		while (c.hasNext()) {
			c.fwd();
			int x = c.getIntPosition(0), y = c.getIntPosition(1);
			int away = side < 0 ? 11 - x : x - 12;
			c.get().set(side != 0 && away >= 3 && away <= 7 && y >= 2 && y <= 13 ? 0.8f : 0);
		}
		return m;
	}

}
