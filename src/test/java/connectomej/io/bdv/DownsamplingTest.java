package connectomej.io.bdv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

class DownsamplingTest {

	@Test
	void meanOfEachFootprintClippedAtTheFarBorder() {
		// 5 x 2 x 1, factors 2 x 2 x 1: output 3 x 1 x 1, the last footprint is 1 x 2
		RandomAccessibleInterval<UnsignedByteType> in = ArrayImgs.unsignedBytes(new byte[] {
			0, 2, 10, 20, 100,
			4, 6, 30, 40, 50 }, 5, 2, 1);
		byte[] out = new byte[3];
		Downsampling.mean(in, new long[] { 2, 2, 1 }, ArrayImgs.unsignedBytes(out, 3, 1, 1));
		assertArrayEquals(new byte[] { 3, 25, 75 }, out);
	}

	@Test
	void modeKeepsLabelsAndBreaksTiesTowardsTheSmallest() {
		RandomAccessibleInterval<UnsignedLongType> in = ArrayImgs.unsignedLongs(new long[] {
			7, 7, 5, 9,
			3, 7, 9, 5 }, 4, 2, 1);
		long[] out = new long[2];
		Downsampling.mode(in, new long[] { 2, 2, 1 }, ArrayImgs.unsignedLongs(out, 2, 1, 1));
		assertArrayEquals(new long[] { 7, 5 }, out);
	}

	@Test
	void offsetOutputBlockReadsItsOwnFootprints() {
		RandomAccessibleInterval<UnsignedLongType> in = ArrayImgs.unsignedLongs(new long[] {
			1, 1, 2, 2, 3, 3,
			1, 1, 2, 2, 3, 3 }, 6, 2, 1);
		long[] out = new long[2];
		// output voxels x = 1, 2 of the coarser level (a block starting at x = 1)
		Downsampling.mode(in, new long[] { 2, 2, 1 }, Views.translate(ArrayImgs.unsignedLongs(out, 2, 1, 1), 1, 0, 0));
		assertArrayEquals(new long[] { 2, 3 }, out);
	}

	@Test
	void anisotropicDataIsFirstHalvedInPlane() {
		long[][] f = MipmapFactors.propose(new long[] { 512, 512, 30 }, new VoxelSize(4, 4, 40), 64);
		assertArrayEquals(new long[][] { { 1, 1, 1 }, { 2, 2, 1 }, { 4, 4, 1 }, { 8, 8, 1 } }, f);
		long[][] iso = MipmapFactors.propose(new long[] { 100, 100, 100 }, VoxelSize.isotropic(8), 64);
		assertArrayEquals(new long[][] { { 1, 1, 1 }, { 2, 2, 2 } }, iso);
		long[][] nearlyIso = MipmapFactors.propose(new long[] { 1000, 1000, 300 }, new VoxelSize(4, 4, 40), 64);
		assertArrayEquals(new long[] { 16, 16, 2 }, nearlyIso[4], "z halved once x, y voxels reach 32 nm");
	}
}
