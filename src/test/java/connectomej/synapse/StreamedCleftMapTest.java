package connectomej.synapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.nn.DefaultModels;
import connectomej.nn.Dl4jBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import connectomej.volume.Volume;

/**
 * The streamed ensemble map against a whole one on the sample: the same candidates and synapses, and the same values
 * inside them to float rounding, from a part of the full-resolution member's voxels. The ensemble is the shipped cleft net twice: at full resolution, and on 2 x 2 block
 * means as the coarse member (a blurred cleft map; the streaming does not depend on how good the members are).
 */
class StreamedCleftMapTest {

	private static final int TILE = 64;
	private static ExecutorService pool;
	private static Volume<UnsignedByteType> raw;
	private static List<StoredModel> ensemble;

	@BeforeAll
	static void load() throws Exception {
		pool = Executors.newFixedThreadPool(2);
		Volume<UnsignedByteType> sample = SynapseData.raw("sample-data/synthetic-tem");
		var d = sample.data();
		raw = new Volume<>(Views.zeroMin(Views.interval(d, new long[] { 0, 0, 4 }, new long[] { d.max(0), d.max(1), 11 })),
				sample.voxelSize());
		StoredModel full = ModelFiles.load(DefaultModels.extract("/models/cleft-light.zip"), SynapseMaps.CLEFT, 1);
		ensemble = List.of(full, new StoredModel(full.network(), full.info().withInputDownsampling(2)));
	}

	@AfterAll
	static void stop() {
		pool.shutdownNow();
	}

	@Test
	void candidatesAndSynapsesAreThoseOfTheWholeMapFromPartOfTheTiles() {
		for (double[] thresholds : new double[][] { { 0.8, 0.8 }, { 0.8, 0.3 } }) {
			SynapseRules.Settings rules = new SynapseRules.Settings(thresholds[0], 20, Long.MAX_VALUE, 1, 150, 0, 1, true, thresholds[1]);
			ArrayImg<FloatType, FloatArray> whole = wholeMean(), streamed = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
			StreamedCleftMap.Coverage coverage = StreamedCleftMap.predict(ensemble, raw, streamed, pool, 2, rules, TILE);

			assertTrue(coverage.fraction() > 0 && coverage.fraction() < 0.9, "share of tiles predicted: " + coverage);
			long[] dims = raw.data().dimensionsAsLongArray();
			CleftCandidates expected = CleftCandidates.find(whole.update(null).getCurrentStorageArray(), dims, rules.cleftLowThreshold(),
					rules.cleftThreshold(), true);
			CleftCandidates found = CleftCandidates.find(streamed.update(null).getCurrentStorageArray(), dims, rules.cleftLowThreshold(),
					rules.cleftThreshold(), true);
			assertTrue(expected.count > 1, "candidates: " + expected.count);
			assertArrayEquals(expected.labels, found.labels);
			var vesicles = wholeMean();
			assertEquals(SynapseRules.detect(whole, vesicles, null, raw.voxelSize(), rules, ArrayImgs.ints(dims)),
					SynapseRules.detect(streamed, vesicles, null, raw.voxelSize(), rules, ArrayImgs.ints(dims)));
			int[] labels = found.labels;
			float[] w = whole.update(null).getCurrentStorageArray(), s = streamed.update(null).getCurrentStorageArray();
			for (int i = 0; i < w.length; i++)
				assertTrue(labels[i] > 0 ? Math.abs(s[i] - w[i]) < 1e-5 : s[i] < w[i] + 1e-5, "voxel " + i + ": " + s[i] + " against " + w[i]);
		}
	}

	@Test
	void anEnsembleWithoutACoarseMemberIsPredictedWhole() {
		var rules = SynapseRules.Settings.defaults();
		ArrayImg<FloatType, FloatArray> map = ArrayImgs.floats(raw.data().dimensionsAsLongArray()),
				expected = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
		StreamedCleftMap.Coverage coverage = StreamedCleftMap.predict(ensemble.subList(0, 1), raw, map, pool, 2, rules);
		SynapseMaps.predict(ensemble.get(0), raw, expected, pool, 2);
		assertEquals(1.0, coverage.fraction());
		assertArrayEquals(expected.update(null).getCurrentStorageArray(), map.update(null).getCurrentStorageArray());
	}

	/** The ensemble's mean, every tile of {@link #TILE} predicted, summed in member order. */
	private static ArrayImg<FloatType, FloatArray> wholeMean() {
		long[] dims = raw.data().dimensionsAsLongArray();
		ArrayImg<FloatType, FloatArray> sum = ArrayImgs.floats(dims), next = ArrayImgs.floats(dims);
		for (int m = 0; m < ensemble.size(); m++) {
			StoredModel model = ensemble.get(m);
			TiledInference.predict(raw.data(), Dl4jBackend.of(model, 2), model.info(), TILE, m == 0 ? sum : next, pool);
			if (m > 0)
				LoopBuilder.setImages(sum, next).forEachPixel((s, p) -> s.set(s.get() + p.get()));
		}
		float n = ensemble.size();
		LoopBuilder.setImages(sum).forEachPixel(s -> s.set(s.get() / n));
		return sum;
	}
}
