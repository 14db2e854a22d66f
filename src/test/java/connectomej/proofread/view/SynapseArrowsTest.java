package connectomej.proofread.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import connectomej.synapse.DetectedSynapse;

class SynapseArrowsTest {

	private static final long[] SECTION = {
		5, 5, 5, 0, 7, 7, 7, 7,
		5, 5, 5, 0, 7, 7, 7, 7,
		5, 5, 5, 0, 7, 7, 7, 7,
		5, 5, 5, 0, 7, 7, 7, 7 };

	private static DetectedSynapse synapse(long pre, long post) {
		return new DetectedSynapse(1, 3, 1.5, 0, 10, 0.9, pre, post);
	}

	@Test
	void pointsFromPreToPostThroughTheCleft() {
		SynapseArrows.Arrow a = SynapseArrows.arrow(SECTION, 8, 4, synapse(5, 7), 2);
		assertEquals(1, a.x1(), 1e-9);
		assertEquals(5, a.x2(), 1e-9);
		assertEquals(1.5, a.y1(), 1e-9);
		assertEquals(1.5, a.y2(), 1e-9);
		SynapseArrows.Arrow back = SynapseArrows.arrow(SECTION, 8, 4, synapse(7, 5), 2);
		assertEquals(5, back.x1(), 1e-9);
		assertEquals(1, back.x2(), 1e-9);
	}

	@Test
	void noArrowWithoutBothPartnersNearby() {
		assertNull(SynapseArrows.arrow(SECTION, 8, 4, synapse(5, 9), 2));
		assertNull(SynapseArrows.arrow(SECTION, 8, 4, synapse(0, 7), 2));
	}
}
