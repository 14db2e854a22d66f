package connectomej.io.bdv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks an export's XML against the structure bigdataviewer-core and spim_data parse (XmlIoSpimDataMinimal,
 * XmlIoN5ImageLoader / XmlIoHdf5ImageLoader, XmlIoBasicViewSetups, XmlIoTimePoints, XmlIoViewRegistrations): every
 * element in order, every attribute, every text.
 */
final class SpimDataXmlCheck {

	private SpimDataXmlCheck() {}

	/**
	 * @param loader {@code format}, then {@code version} or null, then the data path element name and its text
	 * @param names setup names in order
	 * @param size "x y z" of every setup
	 * @param voxelSize "x y z" in nm as written
	 * @param affine the 12 numbers of the calibration transform
	 */
	static void assertStructure(Path xml, String[] loader, List<String> names, String size, String voxelSize, String affine) throws Exception {
		Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
		assertElement(root, "SpimData", "version", "0.2");
		assertChildren(root, "BasePath", "SequenceDescription", "ViewRegistrations");
		Element basePath = only(root, "BasePath");
		assertElement(basePath, "BasePath", "type", "relative");
		assertEquals(".", basePath.getTextContent());
		Element sequence = only(root, "SequenceDescription");
		assertChildren(sequence, "ImageLoader", "ViewSetups", "Timepoints");
		Element imageLoader = only(sequence, "ImageLoader");
		if (loader[1] == null)
			assertElement(imageLoader, "ImageLoader", "format", loader[0]);
		else
			assertElement(imageLoader, "ImageLoader", "format", loader[0], "version", loader[1]);
		assertChildren(imageLoader, loader[2]);
		Element path = only(imageLoader, loader[2]);
		assertElement(path, loader[2], "type", "relative");
		assertEquals(loader[3], path.getTextContent());
		viewSetups(only(sequence, "ViewSetups"), names, size, voxelSize);
		Element timepoints = only(sequence, "Timepoints");
		assertElement(timepoints, "Timepoints", "type", "pattern");
		assertChildren(timepoints, "integerpattern");
		assertEquals("0", only(timepoints, "integerpattern").getTextContent());
		registrations(only(root, "ViewRegistrations"), names.size(), affine);
	}

	private static void viewSetups(Element setups, List<String> names, String size, String voxelSize) {
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < names.size(); i++)
			expected.add("ViewSetup");
		expected.add("Attributes");
		assertChildren(setups, expected.toArray(String[]::new));
		List<Element> list = children(setups, "ViewSetup");
		for (int i = 0; i < names.size(); i++) {
			Element s = list.get(i);
			assertElement(s, "ViewSetup");
			assertChildren(s, "id", "name", "size", "voxelSize", "attributes");
			assertText(s, "id", Integer.toString(i));
			assertText(s, "name", names.get(i));
			assertText(s, "size", size);
			Element voxel = only(s, "voxelSize");
			assertChildren(voxel, "unit", "size");
			assertText(voxel, "unit", "nm");
			assertText(voxel, "size", voxelSize);
			assertChildren(only(s, "attributes"), "channel");
			assertText(only(s, "attributes"), "channel", Integer.toString(i));
		}
		Element attributes = only(setups, "Attributes");
		assertElement(attributes, "Attributes", "name", "channel");
		List<Element> channels = children(attributes, "Channel");
		assertEquals(names.size(), channels.size());
		for (int i = 0; i < names.size(); i++) {
			assertChildren(channels.get(i), "id", "name");
			assertText(channels.get(i), "id", Integer.toString(i));
			assertText(channels.get(i), "name", names.get(i));
		}
	}

	private static void registrations(Element registrations, int setups, String affine) {
		List<Element> list = children(registrations, "ViewRegistration");
		assertEquals(setups, list.size());
		assertEquals(setups, elements(registrations).size());
		for (int i = 0; i < setups; i++) {
			assertElement(list.get(i), "ViewRegistration", "setup", Integer.toString(i), "timepoint", "0");
			assertChildren(list.get(i), "ViewTransform");
			Element transform = only(list.get(i), "ViewTransform");
			assertElement(transform, "ViewTransform", "type", "affine");
			assertChildren(transform, "Name", "affine");
			assertText(transform, "Name", "calibration");
			assertText(transform, "affine", affine);
		}
	}

	/** The element's name and exactly these attributes (name, value pairs, sorted by name). */
	static void assertElement(Element e, String name, String... attributes) {
		assertEquals(name, e.getTagName());
		NamedNodeMap found = e.getAttributes();
		assertEquals(attributes.length / 2, found.getLength(), "attributes of <" + name + ">");
		for (int i = 0; i < attributes.length; i += 2)
			assertEquals(attributes[i + 1], e.getAttribute(attributes[i]), name + "@" + attributes[i]);
	}

	static void assertChildren(Element parent, String... names) {
		assertEquals(List.of(names), elements(parent).stream().map(Element::getTagName).toList(), "children of <" + parent.getTagName() + ">");
	}

	private static void assertText(Element parent, String child, String text) {
		Element e = only(parent, child);
		assertEquals(0, e.getAttributes().getLength(), "attributes of <" + child + ">");
		assertEquals(text, e.getTextContent(), "<" + child + "> in <" + parent.getTagName() + ">");
	}

	static Element only(Element parent, String name) {
		List<Element> c = children(parent, name);
		assertEquals(1, c.size(), "one <" + name + "> in <" + parent.getTagName() + ">");
		return c.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
	}

	private static List<Element> elements(Element parent) {
		List<Element> list = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element e)
				list.add(e);
		return list;
	}
}
