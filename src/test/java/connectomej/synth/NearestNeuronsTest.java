package connectomej.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class NearestNeuronsTest {

	@Test
	void keepsTheThreeNeuronsWithTheSmallestMinimum() {
		NearestNeurons n = new NearestNeurons();
		n.offer(5, 0, 40, 0, 0, 1);
		n.offer(2, 1, 10, 0, 0, 1);
		n.offer(5, 2, 5, 0, 0, 1); // neuron 5 gets closer: now first
		n.offer(9, 3, 30, 0, 0, 1);
		n.offer(7, 4, 50, 0, 0, 1); // fourth: dropped
		assertEquals(3, n.count);
		assertArrayEquals(new int[] { 5, 2, 9 }, n.id);
		assertArrayEquals(new double[] { 5, 10, 30 }, n.f);
	}

	@Test
	void resultDoesNotDependOnOfferOrder() {
		Random random = new Random(42);
		for (int trial = 0; trial < 200; trial++) {
			List<double[]> offers = new ArrayList<>();
			for (int k = 0; k < 12; k++)
				offers.add(new double[] { 1 + random.nextInt(6), k, random.nextInt(8), random.nextDouble() });
			NearestNeurons a = offerAll(offers);
			Collections.shuffle(offers, random);
			NearestNeurons b = offerAll(offers);
			assertArrayEquals(a.id, b.id);
			assertArrayEquals(a.f, b.f);
			assertArrayEquals(a.gx, b.gx);
		}
	}

	@Test
	void dropsNeuronsBeyondTheCutoff() {
		NearestNeurons n = new NearestNeurons();
		n.offer(1, 0, -20, 1, 0, 0);
		n.offer(2, 1, 300, 1, 0, 0);
		n.dropBeyond(250);
		assertEquals(1, n.count);
	}

	private static NearestNeurons offerAll(List<double[]> offers) {
		NearestNeurons n = new NearestNeurons();
		for (double[] o : offers)
			n.offer((int) o[0], (int) o[1], o[2], o[3], 0, 0);
		return n;
	}
}
