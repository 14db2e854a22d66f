package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * Our adapted Rand error and VOI against scikit-image 0.19.3 (Debian python3-skimage) on real EM label volumes:
 * snemi_mini (SNEMI3D crop, Kasthuri et al. 2015, via janelia-flyem/gala) and gala_fibsem (FlyEM FIB-SEM, gala test
 * data, Nunez-Iglesias et al. 2013). The values were produced with:
 *
 * <pre>
 * /usr/bin/python3 -c "
 * import numpy as np, tifffile, h5py; from skimage.metrics import adapted_rand_error as a, variation_of_information as v
 * g=tifffile.imread('../shared/data/snemi_mini/train-labels.tif'); s=tifffile.imread('../shared/data/snemi_mini/train-fragments.tif'); print(*['%.17g'%x for x in (*a(image_true=g,image_test=s), *v(image0=g,image1=s))])
 * f=h5py.File('../shared/data/gala_fibsem/test.h5','r'); g=f['/gt'][()]; s=f['/ws'][()]; print(*['%.17g'%x for x in (*a(image_true=g,image_test=s), *v(image0=g,image1=s), *v(image0=g,image1=s,ignore_labels=[0]))])"
 * </pre>
 */
class ScikitImageReferenceTest {

	static final double TOLERANCE = 1e-6;

	static final Path SNEMI = Path.of("../shared/data/snemi_mini");
	static final Path GALA = Path.of("../shared/data/gala_fibsem/test.h5");

	@Test
	void snemiMini() {
		Assumptions.assumeTrue(Files.exists(SNEMI.resolve("train-labels.tif")), "../shared/data/snemi_mini absent");
		ArrayImg<UnsignedLongType, LongArray> gt = ReferenceLabelVolumes.tiff(SNEMI.resolve("train-labels.tif"));
		ArrayImg<UnsignedLongType, LongArray> seg = ReferenceLabelVolumes.tiff(SNEMI.resolve("train-fragments.tif"));
		assertEquals(160 * 160 * 32, gt.size());
		ContingencyTable table = ContingencyTables.of(seg, gt);
		assertArand(AdaptedRandError.of(table), 0.93740274207898122, 0.032511299595862179, 0.83910591500290266);
		assertVoi(VariationOfInformation.of(table), 5.6564838243852948, 0.55066131154044495);
	}

	@Test
	void galaFibsemInParallelBlocks() throws Exception {
		Assumptions.assumeTrue(Files.exists(GALA), "../shared/data/gala_fibsem/test.h5 absent");
		ArrayImg<UnsignedLongType, LongArray> gt = ReferenceLabelVolumes.hdf5(GALA, "/gt");
		ArrayImg<UnsignedLongType, LongArray> seg = ReferenceLabelVolumes.hdf5(GALA, "/ws");
		assertEquals(200, gt.dimension(0));
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			ContingencyTable table = ContingencyTables.of(seg, gt, new long[] { 64, 64, 16 }, executor);
			assertArand(AdaptedRandError.of(table), 0.36597410881781323, 0.471266642485212, 0.96851893666840239);
			assertVoi(VariationOfInformation.of(table), 2.0676352042215371, 0.58030618114969168);
			assertVoi(VariationOfInformation.ignoringBackground(table), 1.6477441186019801, 0.18452859812791106);
		} finally {
			executor.shutdown();
		}
	}

	private static void assertArand(AdaptedRandError a, double error, double precision, double recall) {
		assertEquals(error, a.error(), TOLERANCE);
		assertEquals(precision, a.precision(), TOLERANCE);
		assertEquals(recall, a.recall(), TOLERANCE);
	}

	private static void assertVoi(VariationOfInformation v, double split, double merge) {
		assertEquals(split, v.split(), TOLERANCE);
		assertEquals(merge, v.merge(), TOLERANCE);
	}
}
