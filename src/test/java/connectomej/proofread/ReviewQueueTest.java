package connectomej.proofread;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.BadInputException;

class ReviewQueueTest {

	@TempDir
	Path dir;

	@Test
	void percentileRanksRunFromOneToZeroWithTiesById() {
		assertEquals(Map.of(5L, 1.0, 2L, 0.5, 9L, 0.0), ReviewQueue.ranks(Map.of(2L, 0.3, 5L, 0.9, 9L, 0.1)));
		assertEquals(Map.of(2L, 1.0, 5L, 0.0), ReviewQueue.ranks(Map.of(2L, 0.3, 5L, 0.3)));
		assertEquals(Map.of(4L, 1.0), ReviewQueue.ranks(Map.of(4L, 0.0)));
	}

	/** MergeNet ranks 1 > 2 > 3, uncertainty ranks 2 > 3 > 1: the rank averages are 0.75 (2), 0.5 (1), 0.25 (3). */
	@Test
	void priorityIsTheMeanPercentileRankAndReviewedOrMergedSegmentsDropOut() throws IOException {
		ReviewQueue queue = ReviewQueue.read(mergeTable(), uncertaintyTable());
		LabelEdits edits = new LabelEdits();
		assertEquals(List.of(2L, 1L, 3L), ids(queue.candidates(edits, null)));
		ReviewCandidate first = queue.candidates(edits, null).get(0);
		assertEquals(0.75, first.priority(), 1e-12);
		assertEquals(0.5, first.mergeScore(), 1e-12);
		assertEquals(0.03, first.uncertainty(), 1e-12);
		assertArrayEquals(new int[] { 4, 5, 6 }, first.location());
		edits.reviewed().add(2L);
		edits.merge(3, 1);
		assertEquals(List.of(3L), ids(queue.candidates(edits, null)));
	}

	@Test
	void withoutTablesTheQueueIsBySizeLargestFirst() throws IOException {
		SessionInputs inputs = ProofreadFixture.write(Files.createDirectories(dir.resolve("in")));
		try (ProofreadSession s = JournaledSession.open(inputs, dir.resolve("session"))) {
			List<ReviewCandidate> queue = s.candidates();
			assertEquals(List.of(3L, 1L, 2L), ids(queue));
			assertEquals(48, queue.get(0).priority());
			assertArrayEquals(new int[] { 6, 0, 0 }, queue.get(0).location());
			s.markReviewed(3);
			assertEquals(List.of(1L, 2L), ids(s.candidates()));
		}
	}

	@Test
	void aTableWithoutItsColumnsIsBadInput() throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.csv"), "id,score\n1,0.5\n");
		assertTrue(assertThrows(BadInputException.class, () -> ReviewQueue.read(bad, null)).getMessage().contains("bad.csv"));
	}

	private Path mergeTable() throws IOException {
		return Files.writeString(dir.resolve("candidates.csv"), "rank,object_id,score,x,y,z,x_nm,y_nm,z_nm,windows,voxels\n"
				+ "1,1,0.9,1,2,3,4,8,12,3,5000\n2,2,0.5,4,5,6,16,20,24,3,4000\n3,3,0.1,7,8,9,28,32,36,2,3000\n");
	}

	private Path uncertaintyTable() throws IOException {
		return Files.writeString(dir.resolve("uncertainty.csv"), "id,voxels,mean_variance,max_variance\n"
				+ "2,4000,0.03,0.2\n3,3000,0.02,0.1\n1,5000,0.01,0.1\n");
	}

	private static List<Long> ids(List<ReviewCandidate> queue) {
		return queue.stream().map(ReviewCandidate::id).toList();
	}
}
