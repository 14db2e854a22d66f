package connectomej.io.hdf5;

import connectomej.volume.Volume;
import io.jhdf.api.DatasetCreationOptions;
import net.imglib2.Cursor;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/**
 * A volume as the nested Java array jHDF writes, indexed [z][y][x]: UnsignedByteType as u8, UnsignedShortType as
 * u16, other integer types (labels) as u64, everything else as f32.
 */
final class Hdf5Arrays {

	private Hdf5Arrays() {}

	/** The nested array for {@code volume}, in the element type described above. */
	static Object nested(Volume<? extends RealType<?>> volume) {
		int w = (int) volume.width(), h = (int) volume.height(), d = (int) volume.depth();
		RealType<?> type = volume.data().getType();
		Object array = type instanceof UnsignedByteType ? new byte[d][h][w]
				: type instanceof UnsignedShortType ? new short[d][h][w]
				: type instanceof IntegerType ? new long[d][h][w] : new float[d][h][w];
		Cursor<? extends RealType<?>> c = Views.flatIterable(volume.data()).cursor();
		for (int z = 0; z < d; z++)
			for (int y = 0; y < h; y++)
				fillRow(((Object[]) ((Object[]) array)[z])[y], c);
		return array;
	}

	private static void fillRow(Object row, Cursor<? extends RealType<?>> c) {
		if (row instanceof byte[] r)
			for (int x = 0; x < r.length; x++)
				r[x] = (byte) c.next().getRealDouble();
		else if (row instanceof short[] r)
			for (int x = 0; x < r.length; x++)
				r[x] = (short) c.next().getRealDouble();
		else if (row instanceof long[] r)
			for (int x = 0; x < r.length; x++)
				r[x] = ((IntegerType<?>) c.next()).getIntegerLong();
		else {
			float[] r = (float[]) row;
			for (int x = 0; x < r.length; x++)
				r[x] = c.next().getRealFloat();
		}
	}

	/**
	 * Chunks of at most 16 x 128 x 128 (z, y, x) voxels, deflate level 4; integers marked unsigned.
	 */
	static DatasetCreationOptions options(Volume<? extends RealType<?>> volume) {
		DatasetCreationOptions.Builder b = DatasetCreationOptions.builder()
				.chunkDimensions((int) Math.min(16, volume.depth()), (int) Math.min(128, volume.height()),
						(int) Math.min(128, volume.width()))
				.deflate(4);
		if (volume.data().getType() instanceof IntegerType)
			b.unsigned();
		return b.build();
	}
}
