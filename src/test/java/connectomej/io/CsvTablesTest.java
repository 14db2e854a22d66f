package connectomej.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTablesTest {

	@TempDir
	Path dir;

	@Test
	void roundTripsQuotesCommasAndLineBreaks() throws Exception {
		CsvTable table = new CsvTable(List.of("id", "name", "score"), List.of(
				List.of(1L, "plain", 0.5),
				List.of(2L, "with, comma", -3),
				List.of(3L, "say \"hi\"\nnext line", 1e-9)));
		Path file = dir.resolve("t.csv");
		CsvTables.write(table, file);
		assertEquals("id,name,score\r\n1,plain,0.5\r\n2,\"with, comma\",-3\r\n3,\"say \"\"hi\"\"\nnext line\",1.0E-9\r\n",
				Files.readString(file));
		CsvTable back = CsvTables.read(file);
		assertEquals(table.columns(), back.columns());
		assertEquals("say \"hi\"\nnext line", back.text(2, "name"));
		assertEquals(1e-9, back.number(2, "score"));
		assertEquals(-3, back.number(1, "score"));
	}

	@Test
	void readsLfLineEndsAndEmptyFields() throws Exception {
		Path file = dir.resolve("lf.csv");
		Files.writeString(file, "a,b\n,x\n\"\",\n");
		CsvTable t = CsvTables.read(file);
		assertEquals(2, t.rows().size());
		assertEquals("", t.text(0, "a"));
		assertEquals("", t.text(1, "b"));
	}

	@Test
	void malformedFilesAreBadInput() throws Exception {
		Path unclosed = dir.resolve("unclosed.csv");
		Files.writeString(unclosed, "a,b\n1,\"open\n");
		BadInputException e = assertThrows(BadInputException.class, () -> CsvTables.read(unclosed));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
		Path ragged = dir.resolve("ragged.csv");
		Files.writeString(ragged, "a,b\n1,2,3\n");
		e = assertThrows(BadInputException.class, () -> CsvTables.read(ragged));
		assertTrue(e.getMessage().contains("record 2 has 3 fields"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new CsvTable(List.of("a"), List.of(List.of(1, 2))));
	}
}
