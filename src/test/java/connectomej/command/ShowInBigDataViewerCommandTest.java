package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import connectomej.io.tiff.TiffOptions;
import connectomej.io.tiff.TiffStacks;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

/**
 * Show in BigDataViewer where BigDataViewer is not installed (this test JVM has no bigdataviewer-core, no ImageJ
 * menus and no such SciJava command): it writes the export and says what to do, without a display.
 */
class ShowInBigDataViewerCommandTest {

	@Test
	void withoutBigDataViewerItExportsAndSaysWhereTheXmlIsAndHowToGetIt(@TempDir Path tmp) throws Exception {
		Path em = tmp.resolve("em.tif"), xml = tmp.resolve("view.xml");
		TiffStacks.write(new Volume<>(ArrayImgs.unsignedBytes(new byte[] { 1, 2, 3, 4, 5, 6 }, 3, 2, 1), new VoxelSize(4, 4, 40)), em,
				TiffOptions.DEFAULT);
		CommandModule m = run(Map.of("xml_file", xml.toFile(), "flavour", "hdf5", "em", em.toString()));
		assertTrue(Files.isRegularFile(tmp.resolve("view.h5")), "the export is written first");
		String message = (String) m.getOutput("message");
		assertEquals(BigDataViewerLauncher.notInstalled(xml.toAbsolutePath()), message);
		assertTrue(message.startsWith("BigDataViewer is not installed here. It ships with Fiji"), message);
		assertTrue(message.contains("Plugins > BigDataViewer > Open XML/HDF5"), message);
		assertTrue(message.contains("update site"), message);
		assertTrue(message.endsWith("The BigDataViewer XML was written to " + xml.toAbsolutePath()), message);
	}

	@Test
	void withoutVolumesItShowsAnExistingXmlAsItIs(@TempDir Path tmp) throws Exception {
		Path xml = Files.writeString(tmp.resolve("old.xml"), "<SpimData version=\"0.2\"/>");
		CommandModule m = run(Map.of("xml_file", xml.toFile(), "flavour", "n5"));
		assertEquals("<SpimData version=\"0.2\"/>", Files.readString(xml), "not rewritten");
		assertFalse(Files.exists(tmp.resolve("old.n5")));
		assertTrue(((String) m.getOutput("message")).endsWith("written to " + xml.toAbsolutePath()));
	}

	@Test
	void withoutVolumesAndWithoutXmlItSaysSo(@TempDir Path tmp) throws Exception {
		Path xml = tmp.resolve("none.xml");
		ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> run(Map.of("xml_file", xml.toFile(), "flavour", "n5")));
		Throwable cause = e.getCause();
		while (cause.getCause() != null && !(cause instanceof connectomej.io.BadInputException))
			cause = cause.getCause();
		assertTrue(cause.getMessage().startsWith(xml + ": no such XML"), cause.getMessage());
	}

	private static CommandModule run(Map<String, Object> inputs) throws Exception {
		try (Context context = new Context(CommandService.class)) {
			return context.service(CommandService.class).run(ShowInBigDataViewerCommand.class, true, new HashMap<>(inputs)).get();
		}
	}
}
