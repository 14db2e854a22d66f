package connectomej.metrics;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * Run by {@link LargeVolumeHeapTest} in a JVM with a 1 GB heap: two 250^3 {@code UnsignedLongType} label volumes
 * (125 MB each), one ground truth of 1,000 cubes and one segmentation of ~17,500 shifted cubes with scattered
 * single-voxel fragments (~170,000 label pairs), evaluated sequentially and block-wise. Exits 0 and prints the
 * table size if both agree.
 */
public final class LargeVolumeCheck {

	static final int SIZE = 250;

	public static void main(String[] args) throws Exception {
		ArrayImg<UnsignedLongType, LongArray> gt = ArrayImgs.unsignedLongs(SIZE, SIZE, SIZE);
		ArrayImg<UnsignedLongType, LongArray> seg = ArrayImgs.unsignedLongs(SIZE, SIZE, SIZE);
		long[] g = gt.update(null).getCurrentStorageArray(), s = seg.update(null).getCurrentStorageArray();
		for (int z = 0, i = 0; z < SIZE; z++)
			for (int y = 0; y < SIZE; y++)
				for (int x = 0; x < SIZE; x++, i++) {
					g[i] = 1 + x / 25 + 10 * (y / 25) + 100 * (z / 25);
					s[i] = i % 97 == 0 ? 1_000_000L + i : 1 + (x + 3) / 10 + 30 * ((y + 3) / 10) + 900 * ((z + 3) / 10);
				}
		SegmentationScores sequential = SegmentationScores.evaluate(seg, gt);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		SegmentationScores parallel;
		try {
			parallel = SegmentationScores.evaluate(seg, gt, new long[] { 128, 128, 64 }, executor);
		} finally {
			executor.shutdown();
		}
		if (Math.abs(sequential.voi().sum() - parallel.voi().sum()) > 1e-9 || sequential.voxels() != (long) SIZE * SIZE * SIZE)
			System.exit(3);
		System.out.println("ok " + sequential.segmentLabels() + " segments, VOI " + sequential.voi().sum());
	}
}
