package connectomej.segment;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.RandomAccess;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The two-fold membrane maps of the gala session-3 experiment (run by hand, not a test; commands in ACCURACY.md):
 * <pre>
 * java -cp target/classes:target/test-classes:target/lib/* connectomej.segment.GalaFolds splice OUT Z LOW HIGH
 * java -cp ... connectomej.segment.GalaFolds mean OUT A B
 * </pre>
 * "splice": sections z &lt; Z from map LOW, the rest from map HIGH (so that every section comes from the net that did
 * not train on it). "mean": the voxel-wise mean of two maps. All locations are {@code VolumeFiles} locations of
 * equal shape; the output gets the first input's voxel size.
 */
public final class GalaFolds {

	public static void main(String[] args) throws Exception {
		if (args[0].equals("splice"))
			write(args[1], combine(args[3], args[4], Integer.parseInt(args[2]), false));
		else
			write(args[1], combine(args[2], args[3], 0, true));
	}

	private static Volume<FloatType> combine(String first, String second, int split, boolean mean) throws Exception {
		Volume<? extends RealType<?>> a = VolumeFiles.read(first), b = VolumeFiles.read(second);
		ArrayImg<FloatType, FloatArray> out = ArrayImgs.floats(a.data().dimensionsAsLongArray());
		Cursor<FloatType> c = out.localizingCursor();
		RandomAccess<? extends RealType<?>> ra = a.data().randomAccess(), rb = b.data().randomAccess();
		while (c.hasNext()) {
			c.fwd();
			ra.setPosition(c);
			rb.setPosition(c);
			double va = ra.get().getRealDouble(), vb = rb.get().getRealDouble();
			c.get().setReal(mean ? (va + vb) / 2 : c.getLongPosition(2) < split ? va : vb);
		}
		return a.with(out);
	}

	private static void write(String location, Volume<FloatType> volume) throws Exception {
		VolumeFiles.write(volume, location);
	}
}
