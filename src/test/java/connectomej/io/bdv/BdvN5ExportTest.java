package connectomej.io.bdv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import connectomej.io.n5.N5Compression;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/** The export has the structure bigdataviewer-core's XmlIoN5ImageLoader, BdvN5Format and SpimData XML parse. */
class BdvN5ExportTest {

	@TempDir
	Path dir;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	/** 150 x 100 x 6 voxels of 4 x 4 x 40 nm: levels {1,1,1}, {2,2,1}, {4,4,1} (38 x 25 x 6 <= 64). */
	private N5Store exported() throws IOException {
		N5Store store = N5Store.create(dir.resolve("volume.n5"));
		long[] dims = { 150, 100, 6 };
		store.createDataset("raw", new N5DatasetAttributes(dims, new int[] { 64, 64, 4 }, N5DataType.UINT8, N5Compression.gzip(-1)));
		store.createDataset("segments", new N5DatasetAttributes(dims, new int[] { 64, 64, 4 }, N5DataType.UINT64, N5Compression.RAW));
		RandomAccessibleInterval<UnsignedByteType> raw = ArrayImgs.unsignedBytes(dims);
		RandomAccessibleInterval<UnsignedLongType> labels = ArrayImgs.unsignedLongs(dims);
		Cursor<UnsignedByteType> c = Views.flatIterable(raw).cursor();
		Cursor<UnsignedLongType> l = Views.flatIterable(labels).cursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set((c.getIntPosition(0) + 3 * c.getIntPosition(1)) % 256);
			l.next().set(1 + c.getIntPosition(0) / 30);
		}
		N5Images.writeInterval(store, "raw", raw);
		N5Images.writeInterval(store, "segments", labels);
		BdvN5Export.export(store, List.of(new BdvChannel("EM", "raw", false), new BdvChannel("segments", "segments", true)),
				new VoxelSize(4, 4, 40), dir.resolve("volume.xml"), pool);
		return store;
	}

	@Test
	void n5LayoutIsBdvN5Format() throws IOException {
		N5Store store = exported();
		Map<String, Object> setup0 = store.attributes("setup0");
		assertEquals("uint8", setup0.get("dataType"));
		assertEquals(List.of(List.of(1L, 1L, 1L), List.of(2L, 2L, 1L), List.of(4L, 4L, 1L)), setup0.get("downsamplingFactors"));
		assertEquals("uint64", store.attributes("setup1").get("dataType"));
		for (int level = 0; level < 3; level++)
			assertTrue(store.datasetExists("setup1/timepoint0/s" + level), "level " + level);
		assertArrayEquals(new long[] { 38, 25, 6 }, store.datasetAttributes("setup0/timepoint0/s2").dimensions());
		assertEquals(List.of(2L, 2L, 1L), store.attributes("setup0/timepoint0/s1").get("downsamplingFactors"));
	}

	@Test
	void levelsReadBackAsTheSourceAndItsMeansAndModes() throws IOException {
		N5Store store = exported();
		RandomAccessibleInterval<UnsignedByteType> s0 = N5Images.open(store, "setup0/timepoint0/s0", new UnsignedByteType());
		Cursor<UnsignedByteType> source = Views.flatIterable(N5Images.open(store, "raw", new UnsignedByteType())).cursor();
		for (UnsignedByteType t : Views.flatIterable(s0))
			assertEquals(source.next().get(), t.get());
		RandomAccessibleInterval<UnsignedByteType> s1 = N5Images.open(store, "setup0/timepoint0/s1", new UnsignedByteType());
		// mean of x 2..3, y 4..5: values 14, 15, 17, 18 -> 16
		assertEquals(16, s1.randomAccess().setPositionAndGet(1, 2, 0).get());
		RandomAccessibleInterval<UnsignedLongType> labels = N5Images.open(store, "setup1/timepoint0/s2", new UnsignedLongType());
		assertEquals(1, labels.randomAccess().setPositionAndGet(7, 0, 0).get(), "x 28..31: three voxels of 1, one of 2");
		assertEquals(2, labels.randomAccess().setPositionAndGet(8, 0, 0).get());
	}

	@Test
	void xmlHasTheSpimDataStructure() throws Exception {
		exported();
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("volume.xml").toFile());
		Element root = doc.getDocumentElement();
		assertEquals("SpimData", root.getTagName());
		assertEquals("0.2", root.getAttribute("version"));
		Element basePath = only(root, "BasePath");
		assertEquals("relative", basePath.getAttribute("type"));
		assertEquals(".", basePath.getTextContent());
		Element sequence = only(root, "SequenceDescription");
		Element loader = only(sequence, "ImageLoader");
		assertEquals("bdv.n5", loader.getAttribute("format"));
		assertEquals("1.0", loader.getAttribute("version"));
		Element n5 = only(loader, "n5");
		assertEquals("relative", n5.getAttribute("type"));
		assertEquals("volume.n5", n5.getTextContent());
		Element setups = only(sequence, "ViewSetups");
		List<Element> viewSetups = children(setups, "ViewSetup");
		assertEquals(2, viewSetups.size());
		Element setup1 = viewSetups.get(1);
		assertEquals("1", only(setup1, "id").getTextContent());
		assertEquals("segments", only(setup1, "name").getTextContent());
		assertEquals("150 100 6", only(setup1, "size").getTextContent());
		assertEquals("nm", only(only(setup1, "voxelSize"), "unit").getTextContent());
		assertEquals("4.0 4.0 40.0", only(only(setup1, "voxelSize"), "size").getTextContent());
		assertEquals("1", only(only(setup1, "attributes"), "channel").getTextContent());
		Element channels = only(setups, "Attributes");
		assertEquals("channel", channels.getAttribute("name"));
		assertEquals("EM", only(children(channels, "Channel").get(0), "name").getTextContent());
		Element timepoints = only(sequence, "Timepoints");
		assertEquals("pattern", timepoints.getAttribute("type"));
		assertEquals("0", only(timepoints, "integerpattern").getTextContent());
		List<Element> registrations = children(only(root, "ViewRegistrations"), "ViewRegistration");
		assertEquals(2, registrations.size());
		assertEquals("0", registrations.get(1).getAttribute("timepoint"));
		assertEquals("1", registrations.get(1).getAttribute("setup"));
		Element transform = only(registrations.get(1), "ViewTransform");
		assertEquals("affine", transform.getAttribute("type"));
		assertEquals("4.0 0.0 0.0 0.0 0.0 4.0 0.0 0.0 0.0 0.0 40.0 0.0", only(transform, "affine").getTextContent());
	}

	private static Element only(Element parent, String name) {
		List<Element> c = children(parent, name);
		assertEquals(1, c.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
		return c.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> list = new java.util.ArrayList<>();
		for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element e && e.getTagName().equals(name))
				list.add(e);
		return list;
	}
}
