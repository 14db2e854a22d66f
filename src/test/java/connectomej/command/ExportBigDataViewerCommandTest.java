package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import connectomej.cli.Main;

/**
 * Export for BigDataViewer, headless through a SciJava Context, writes the same files as {@code connectomej bdv-export}
 * on the sample data: EM and segments as XML/HDF5, EM alone as XML/N5 (to keep the test short; BdvExportTest covers
 * four N5 channels).
 */
class ExportBigDataViewerCommandTest {

	private static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");
	private static final String RAW = SAMPLE.resolve("raw.tif").toString(), LABELS = SAMPLE.resolve("neuron_ids.tif").toString();

	@Test
	void sameFilesAsTheCommandLineInBothFlavours(@TempDir Path tmp) throws Exception {
		for (String flavour : List.of("hdf5", "n5")) {
			Path viaCommand = tmp.resolve("command-" + flavour), viaCli = tmp.resolve("cli-" + flavour);
			String labels = flavour.equals("hdf5") ? LABELS : "";
			String summary = runCommand(viaCommand.resolve("sample.xml"), flavour, labels);
			assertTrue(summary.contains(labels.isEmpty() ? "setups EM; 3 levels" : "setups EM, segments; 3 levels"), summary);
			assertEquals(0, Main.run("bdv-export", "-o", viaCli.resolve("sample.xml").toString(), "--flavour", flavour, "--em", RAW,
					"--segments", labels));
			List<Path> files = files(viaCommand);
			assertEquals(files, files(viaCli));
			assertTrue(files.contains(Path.of(flavour.equals("n5") ? "sample.n5/setup0/timepoint0/s2/0/0/0" : "sample.h5")), files.toString());
			for (Path f : files)
				if (Files.isRegularFile(viaCommand.resolve(f)))
					assertArrayEquals(Files.readAllBytes(viaCli.resolve(f)), Files.readAllBytes(viaCommand.resolve(f)), f.toString());
		}
	}

	private static String runCommand(Path xml, String flavour, String labels) throws Exception {
		try (Context context = new Context(CommandService.class)) {
			CommandModule m = context.service(CommandService.class).run(ExportBigDataViewerCommand.class, true,
					Map.of("xml_file", xml.toFile(), "flavour", flavour, "em", RAW, "segments", labels, "synapses", "")).get();
			return (String) m.getOutput("summary");
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.map(root::relativize).sorted().toList();
		}
	}
}
