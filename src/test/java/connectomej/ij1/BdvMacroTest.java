package connectomej.ij1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import connectomej.io.VolumeFiles;
import connectomej.io.bdv.BdvHdf5Layout;
import net.imglib2.Cursor;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

/** {@code macros/export_bigdataviewer.ijm} in ImageJ batch mode on the sample data (skipped without xvfb-run). */
class BdvMacroTest {

	private static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");

	@TempDir
	static Path home;

	@BeforeAll
	static void install() throws Exception {
		MacroBatchTest.installPluginsConfig(home);
	}

	@Test
	void exportsEmAndSegmentsAsXmlHdf5() throws Exception {
		Path xml = home.resolve("out").resolve("sample.xml");
		Path raw = SAMPLE.resolve("raw.tif").toAbsolutePath(), labels = SAMPLE.resolve("neuron_ids.tif").toAbsolutePath();
		String out = MacroBatchTest.runMacro(home, Path.of("macros", "export_bigdataviewer.ijm"), xml + ";hdf5;" + raw + ";;" + labels + ";");
		assertTrue(out.contains("BigDataViewer XML written to " + xml), out);
		String text = Files.readString(xml);
		assertTrue(text.contains("<ImageLoader format=\"bdv.hdf5\">"), text);
		assertTrue(text.contains("<name>EM</name>") && text.contains("<name>synapses</name>") && !text.contains("<name>segments</name>"),
				"the empty segments field leaves that channel out: " + text);
		var em = BdvHdf5Layout.readLevel(home.resolve("out").resolve("sample.h5"), 0, 0);
		var source = VolumeFiles.read(raw.toString()).data();
		assertArrayEquals(source.dimensionsAsLongArray(), em.dimensionsAsLongArray());
		Cursor<? extends RealType<?>> s = Views.flatIterable(source).cursor();
		for (UnsignedShortType v : em)
			assertEquals(s.next().getRealDouble(), v.get(), 0.0);
	}
}
