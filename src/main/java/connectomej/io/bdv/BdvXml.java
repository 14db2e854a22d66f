package connectomej.io.bdv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import connectomej.io.AtomicFiles;
import connectomej.volume.VoxelSize;

/**
 * The SpimData XML (version 0.2) that BigDataViewer opens: the {@code bdv.n5} image loader (bigdataviewer-core
 * {@code XmlIoN5ImageLoader}: {@code <ImageLoader format="bdv.n5" version="1.0"><n5 type="relative">...}) or the
 * {@code bdv.hdf5} one ({@code XmlIoHdf5ImageLoader}: {@code <ImageLoader format="bdv.hdf5"><hdf5 type="relative">}), one
 * ViewSetup per channel with size and voxel size, one channel attribute each, a single timepoint 0, and a
 * calibration ViewRegistration per setup whose affine scales voxels to nm.
 */
public final class BdvXml {

	private BdvXml() {}

	/**
	 * Writes the XML, atomically.
	 *
	 * @param xml the file to write
	 * @param n5 the container, written relative to the XML's folder
	 * @param channels setups in order (setup id = index)
	 * @param dimensions full-resolution size per channel, voxels x, y, z
	 * @param voxelSize nm per axis
	 */
	public static void write(Path xml, Path n5, List<BdvChannel> channels, List<long[]> dimensions, VoxelSize voxelSize) throws IOException {
		write(xml, BdvFlavour.N5, n5, channels.stream().map(BdvChannel::name).toList(), dimensions, voxelSize);
	}

	/**
	 * Writes the XML of either flavour, atomically.
	 *
	 * @param xml the file to write
	 * @param flavour which image loader
	 * @param data the N5 container or HDF5 file, written relative to the XML's folder
	 * @param names setup names in order (setup id = index)
	 * @param dimensions full-resolution size per setup, voxels x, y, z
	 * @param voxelSize nm per axis, the same for every setup
	 */
	public static void write(Path xml, BdvFlavour flavour, Path data, List<String> names, List<long[]> dimensions, VoxelSize voxelSize)
			throws IOException {
		Path base = xml.toAbsolutePath().getParent();
		String relative = base.relativize(data.toAbsolutePath()).toString().replace('\\', '/');
		Document doc = document(flavour, relative, names, dimensions, voxelSize);
		AtomicFiles.write(xml, tmp -> save(doc, tmp));
	}

	static Document document(BdvFlavour flavour, String dataPath, List<String> names, List<long[]> dimensions, VoxelSize voxelSize) {
		Document doc = newDocument();
		Element root = child(doc, doc, "SpimData", null);
		root.setAttribute("version", "0.2");
		child(doc, root, "BasePath", ".").setAttribute("type", "relative");
		Element sequence = child(doc, root, "SequenceDescription", null);
		Element loader = child(doc, sequence, "ImageLoader", null);
		loader.setAttribute("format", flavour.format());
		if (flavour.version() != null)
			loader.setAttribute("version", flavour.version());
		child(doc, loader, flavour.pathElement(), dataPath).setAttribute("type", "relative");
		viewSetups(doc, child(doc, sequence, "ViewSetups", null), names, dimensions, voxelSize);
		Element timepoints = child(doc, sequence, "Timepoints", null);
		timepoints.setAttribute("type", "pattern");
		child(doc, timepoints, "integerpattern", "0");
		Element registrations = child(doc, root, "ViewRegistrations", null);
		for (int i = 0; i < names.size(); i++)
			registration(doc, registrations, i, voxelSize);
		return doc;
	}

	private static void viewSetups(Document doc, Element setups, List<String> names, List<long[]> dimensions, VoxelSize voxelSize) {
		for (int i = 0; i < names.size(); i++) {
			Element setup = child(doc, setups, "ViewSetup", null);
			child(doc, setup, "id", Integer.toString(i));
			child(doc, setup, "name", names.get(i));
			long[] d = dimensions.get(i);
			child(doc, setup, "size", d[0] + " " + d[1] + " " + d[2]);
			Element voxel = child(doc, setup, "voxelSize", null);
			child(doc, voxel, "unit", "nm");
			child(doc, voxel, "size", numbers(voxelSize.toArray()));
			child(doc, child(doc, setup, "attributes", null), "channel", Integer.toString(i));
		}
		Element attributes = child(doc, setups, "Attributes", null);
		attributes.setAttribute("name", "channel");
		for (int i = 0; i < names.size(); i++) {
			Element channel = child(doc, attributes, "Channel", null);
			child(doc, channel, "id", Integer.toString(i));
			child(doc, channel, "name", names.get(i));
		}
	}

	private static void registration(Document doc, Element registrations, int setup, VoxelSize v) {
		Element r = child(doc, registrations, "ViewRegistration", null);
		r.setAttribute("timepoint", "0");
		r.setAttribute("setup", Integer.toString(setup));
		Element transform = child(doc, r, "ViewTransform", null);
		transform.setAttribute("type", "affine");
		child(doc, transform, "Name", "calibration");
		child(doc, transform, "affine", numbers(new double[] { v.x(), 0, 0, 0, 0, v.y(), 0, 0, 0, 0, v.z(), 0 }));
	}

	private static Element child(Document doc, org.w3c.dom.Node parent, String name, String text) {
		Element e = doc.createElement(name);
		if (text != null)
			e.setTextContent(text);
		parent.appendChild(e);
		return e;
	}

	private static String numbers(double[] values) {
		StringBuilder s = new StringBuilder();
		for (double v : values)
			s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%s", v));
		return s.toString();
	}

	private static Document newDocument() {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void save(Document doc, Path file) throws IOException {
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			transformer.transform(new DOMSource(doc), new StreamResult(file.toFile()));
		} catch (TransformerException e) {
			throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
		}
	}
}
