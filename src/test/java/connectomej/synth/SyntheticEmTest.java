package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import connectomej.volume.Block;
import connectomej.volume.Blocks;
import net.imglib2.FinalInterval;
import net.imglib2.Interval;
import net.imglib2.view.Views;

class SyntheticEmTest {

	private static final SynthSettings TEM = SynthSettings.anisotropicTem(96, 80, 12, 7).withSynapseCount(3);
	private static final SynthSettings FIB = SynthSettings.isotropicFibsem(40, 36, 32, 7).withSynapseCount(2);

	@Test
	void sameSeedGivesIdenticalVoxels() {
		SyntheticVolume a = new SyntheticEm(TEM).generateVolume(), b = new SyntheticEm(TEM).generateVolume();
		long[][] ia = SynthImages.all(a.images()), ib = SynthImages.all(b.images());
		for (int k = 0; k < ia.length; k++)
			assertArrayEquals(ia[k], ib[k], "image " + k);
		assertEquals(a.synapses(), b.synapses());
	}

	@Test
	void otherSeedGivesOtherVolume() {
		long[] a = SynthImages.values(new SyntheticEm(TEM).generateVolume().images().raw());
		long[] b = SynthImages.values(new SyntheticEm(TEM.withSeed(8)).generateVolume().images().raw());
		int differ = 0;
		for (int i = 0; i < a.length; i++)
			differ += a[i] != b[i] ? 1 : 0;
		assertTrue(differ > a.length / 2, differ + " of " + a.length + " voxels differ");
	}

	@Test
	void blocksAssembleToTheWholeVolumeInTem() {
		assertBlocksMatchWhole(TEM, new long[] { 37, 29, 5 });
	}

	@Test
	void blocksAssembleToTheWholeVolumeInFibsem() {
		assertBlocksMatchWhole(FIB, new long[] { 17, 23, 11 });
	}

	@Test
	void offsetIntervalMatchesTheSameRegionOfTheWhole() {
		SyntheticEm em = new SyntheticEm(TEM);
		SyntheticBlock whole = em.generateVolume().images();
		Interval offset = FinalInterval.createMinMax(31, 17, 3, 88, 70, 10);
		SyntheticBlock part = em.generate(offset);
		assertArrayEquals(offset.minAsLongArray(), part.raw().minAsLongArray());
		assertArrayEquals(SynthImages.values(Views.interval(whole.raw(), offset)), SynthImages.values(part.raw()));
		assertArrayEquals(SynthImages.values(Views.interval(whole.neurons(), offset)), SynthImages.values(part.neurons()));
		assertArrayEquals(SynthImages.values(Views.interval(whole.clefts(), offset)), SynthImages.values(part.clefts()));
	}

	@Test
	void executorGivesTheSameVolumeAsOneThread() throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			SyntheticEm em = new SyntheticEm(FIB);
			long[][] parallel = SynthImages.all(em.generateVolume(pool).images());
			long[][] serial = SynthImages.all(em.generateVolume().images());
			for (int k = 0; k < serial.length; k++)
				assertArrayEquals(serial[k], parallel[k], "image " + k);
		} finally {
			pool.shutdown();
		}
	}

	@Test
	void oneCallFormEqualsTheEngine() {
		Interval i = FinalInterval.createMinMax(5, 6, 1, 40, 50, 4);
		assertArrayEquals(SynthImages.values(new SyntheticEm(TEM).generate(i).raw()), SynthImages.values(SyntheticEm.generate(TEM, i).raw()));
	}

	@Test
	void rejectsAnIntervalThatIsNotThreeDimensional() {
		SyntheticEm em = new SyntheticEm(TEM);
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> em.generate(new FinalInterval(4, 4)));
	}

	@Test
	void blocksBeyondTheVolumeAreStillNeuropil() {
		SyntheticBlock outside = new SyntheticEm(TEM).generate(FinalInterval.createMinMax(-40, -40, -2, -1, -1, 1));
		long labelled = SynthImages.values(outside.neurons()).length - sum(SynthImages.values(outside.membranes()));
		assertTrue(labelled > outside.interval().dimension(0) * outside.interval().dimension(1), "labelled voxels: " + labelled);
	}

	private static void assertBlocksMatchWhole(SynthSettings settings, long[] blockSize) {
		SyntheticEm em = new SyntheticEm(settings);
		SyntheticBlock whole = em.generateVolume().images();
		for (Block b : Blocks.grid(settings.interval(), blockSize, new long[3])) {
			SyntheticBlock part = em.generate(b.core());
			long[][] got = SynthImages.all(part);
			long[][] want = { values(whole.raw(), b), values(whole.neurons(), b), values(whole.membranes(), b),
				values(whole.clefts(), b), values(whole.vesicles(), b), values(whole.mitochondria(), b) };
			for (int k = 0; k < got.length; k++)
				assertArrayEquals(want[k], got[k], "image " + k + " of block " + b.gridPath());
		}
	}

	private static <T extends net.imglib2.type.numeric.IntegerType<T>> long[] values(net.imglib2.RandomAccessibleInterval<T> img, Block b) {
		return SynthImages.values(Views.interval(img, b.core()));
	}

	private static long sum(long[] v) {
		long s = 0;
		for (long x : v)
			s += x;
		return s;
	}
}
