package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandInfo;

import connectomej.command.PredictMembranesCommand;
import connectomej.command.TrackCommand;

class FieldSpellingTest {

	@Test
	void optionsThatAreFieldsOfTheCommandAreNamedAsTheFields() {
		CommandInfo predict = new CommandInfo(PredictMembranesCommand.class);
		assertEquals("tile_size 0: the tile core must be at least 1 voxel",
				FieldSpelling.of("--tile-size 0: the tile core must be at least 1 voxel", predict));
		assertEquals("min_size -4: ..., and min_overlap 7.0 too",
				FieldSpelling.of("--min-size -4: ..., and --min-overlap 7.0 too", new CommandInfo(TrackCommand.class)));
	}

	@Test
	void optionsWithoutAFieldAndOtherTextAreLeft() {
		CommandInfo predict = new CommandInfo(PredictMembranesCommand.class);
		assertEquals("--dihedral is slow; a-b--c $1 \\ stays", FieldSpelling.of("--dihedral is slow; a-b--c $1 \\ stays", predict));
		assertEquals("--tile-size 0", FieldSpelling.of("--tile-size 0", null));
		assertNull(FieldSpelling.of(null, predict));
	}
}
