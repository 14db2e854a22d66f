package connectomej.proofread;

import java.io.IOException;

/**
 * The scripted session of issue 10 on {@link ProofreadFixture}, one step at a time, with the labels of every row
 * and the connectome (pre->post of synapses 1, 2, 3) expected after each step.
 */
final class ProofreadScript {

	static final int STEPS = 6;

	/** Row labels after steps 1..6 (index 0 = before any step). */
	static final long[][] ROWS = { ProofreadFixture.ROW, //
			{ 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3 }, // 1: merge 2 into 1
			{ 1, 1, 1, 1, 1, 1, 3, 3, 3, 4, 4, 4 }, // 2: split 3 by seeds at x 6 and 11 -> new id 4
			{ 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3 }, // 3: undo (the split)
			{ 1, 1, 1, 1, 1, 1, 3, 3, 3, 4, 4, 4 }, // 4: redo (the split, id 4 again)
			{ 1, 1, 1, 1, 1, 1, 3, 3, 3, 4, 4, 4 }, // 5: mark 3 reviewed
			{ 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4 } }; // 6: merge 1 into 3

	/** Partners {pre, post} of synapses 1, 2, 3 after each step. */
	static final long[][][] PARTNERS = { { { 1, 2 }, { 2, 3 }, { 3, 3 } }, //
			{ { 1, 1 }, { 1, 3 }, { 3, 3 } }, //
			{ { 1, 1 }, { 1, 3 }, { 3, 4 } }, //
			{ { 1, 1 }, { 1, 3 }, { 3, 3 } }, //
			{ { 1, 1 }, { 1, 3 }, { 3, 4 } }, //
			{ { 1, 1 }, { 1, 3 }, { 3, 4 } }, //
			{ { 3, 3 }, { 3, 3 }, { 3, 4 } } };

	/** Connectome edge list CSV expected after step 6. */
	static final String FINAL_CONNECTOME = "pre,post,synapses,cleft_voxels\n3,3,2,16\n3,4,1,8\n";

	private ProofreadScript() {}

	/** Performs step {@code k} (1..6). */
	static void step(ProofreadSession session, int k) throws IOException {
		switch (k) {
			case 1 -> session.merge(1, 2);
			case 2 -> session.split(3, new int[] { 6, 0, 0 }, new int[] { 11, 0, 0 });
			case 3 -> session.undo();
			case 4 -> session.redo();
			case 5 -> session.markReviewed(3);
			case 6 -> session.merge(3, 1);
			default -> throw new IllegalArgumentException("no step " + k);
		}
	}
}
