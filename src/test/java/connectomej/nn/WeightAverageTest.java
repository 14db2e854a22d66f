package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class WeightAverageTest {

	static ComputationGraph net() {
		return ShallowMembraneNet.create(new ShallowMembraneNet.Settings(2, 1, 1, 4, 2, 9, 1e-3));
	}

	@Test
	void firstStepsMixInQuicklyThenAtTheDecay() {
		ComputationGraph net = net();
		INDArray start = net.params().dup();
		WeightAverage average = new WeightAverage(0.9, start, 0);
		net.setParams(start.add(1));
		average.update(net);
		double d1 = 2.0 / 11; // min(0.9, (1 + 1) / (10 + 1))
		assertEquals(start.getDouble(7) * d1 + (start.getDouble(7) + 1) * (1 - d1), average.weights().getDouble(7), 1e-5);
		WeightAverage late = new WeightAverage(0.9, start, 1000);
		late.update(net);
		assertEquals(start.getDouble(7) + 0.1, late.weights().getDouble(7), 1e-5, "at step 1001 the decay itself applies");
	}

	@Test
	void swapIntoPutsTheAverageInAndReturnsTheOwnWeights() {
		ComputationGraph net = net();
		INDArray own = net.params().dup();
		WeightAverage average = new WeightAverage(0.5, own.mul(3), 0);
		INDArray returned = average.swapInto(net);
		assertEquals(own.getDouble(3) * 3, net.params().getDouble(3), 1e-6);
		assertEquals(own, returned);
		net.setParams(returned);
		assertEquals(own, net.params());
	}

	@Test
	void rejectsDecayOutsideTheOpenUnitInterval() {
		INDArray w = net().params();
		assertThrows(IllegalArgumentException.class, () -> new WeightAverage(1, w, 0));
		assertThrows(IllegalArgumentException.class, () -> new WeightAverage(0, w, 0));
	}
}
