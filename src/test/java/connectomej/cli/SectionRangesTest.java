package connectomej.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import connectomej.io.BadInputException;
import connectomej.nn.MembraneTrainer;
import connectomej.nn.TrainingSections.Range;

class SectionRangesTest {

	@Test
	void parsesRangesAndSingleSections() {
		assertEquals(new Range(0, 19), SectionRanges.parse("0-19", "--sections", null));
		assertEquals(new Range(7, 7), SectionRanges.parse("7", "--sections", null));
		assertEquals(new Range(0, 4), SectionRanges.parse(null, "--sections", new Range(0, 4)));
		for (String bad : new String[] { "5-2", "a-b", "1-2-3", "", "-3" })
			assertThrows(BadInputException.class, () -> SectionRanges.parse(bad, "--sections", null), bad);
	}

	@Test
	void validationIsACountOffTheEndOrARange() {
		Range all = new Range(0, 19);
		Range[] counted = SectionRanges.split(all, "2");
		assertEquals(new Range(0, 17), counted[0]);
		assertEquals(new Range(18, 19), counted[1]);
		Range[] explicit = SectionRanges.split(new Range(0, 17), "20-24");
		assertEquals(new Range(0, 17), explicit[0]);
		assertEquals(new Range(20, 24), explicit[1]);
		assertEquals(new Range(18, 19), SectionRanges.split(all, null)[1], "default: the last tenth");
		assertThrows(BadInputException.class, () -> SectionRanges.split(all, "20"));
		assertThrows(BadInputException.class, () -> SectionRanges.split(all, "0"));
	}

	@Test
	void trainingLogShowsLossMetricsAndEta() {
		TrainingLog log = new TrainingLog(System.err);
		String first = log.line(new MembraneTrainer.Progress(3, 10, 0.25, 0.875, 0.95, Duration.ofSeconds(125)));
		assertTrue(first.startsWith("epoch   3/10 [######..............]"), first);
		assertTrue(first.contains("loss 0.2500") && first.contains("val F1 0.8750") && first.contains("AUC 0.9500 *")
				&& first.endsWith("ETA 2:05"), first);
		String worse = log.line(new MembraneTrainer.Progress(4, 10, 0.2, 0.8, 0.9, Duration.ZERO));
		assertTrue(!worse.contains("*"), "only a new best F1 is starred: " + worse);
	}
}
