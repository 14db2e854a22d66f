package connectomej.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Hashtable;

import org.scijava.MenuEntry;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

import ij.IJ;
import ij.Menus;
import ij.plugin.PlugIn;

/**
 * Opens an XML in Fiji's BigDataViewer, found by name at run time (the suite has no compile-time dependency on it):
 * first {@code bdv.BigDataViewer.open(xml, title, progressWriter, viewerOptions)} of bigdataviewer-core, which opens
 * the file directly; else Fiji's command {@code Plugins > BigDataViewer > Open XML/HDF5} (SciJava command, or an
 * ImageJ 1.x menu entry in old installations), which asks for the file; else a message saying how to get it.
 */
final class BigDataViewerLauncher {

	/** The menu label of Fiji's BigDataViewer command (bigdataviewer_fiji {@code BigDataViewerPlugIn}). */
	static final String MENU_LABEL = "Open XML/HDF5";

	/**
	 * What happened.
	 *
	 * @param shown true when BigDataViewer (or its open dialog) came up
	 * @param message one or two sentences for the user
	 */
	record Launch(boolean shown, String message) {}

	private BigDataViewerLauncher() {}

	/** Opens {@code xml}; {@code commands} may be null (no SciJava context). */
	static Launch open(Path xml, CommandService commands) {
		Path absolute = xml.toAbsolutePath();
		if (openDirectly(absolute))
			return new Launch(true, "Opened " + absolute + " in BigDataViewer.");
		CommandInfo command = commands == null ? null : sciJavaCommand(commands);
		if (command != null) {
			commands.run(command, true);
			return new Launch(true, "BigDataViewer asks for the XML: choose " + absolute);
		}
		String plugIn = imageJ1PlugIn();
		if (plugIn != null) {
			IJ.runPlugIn(plugIn, "");
			return new Launch(true, "BigDataViewer asks for the XML: choose " + absolute);
		}
		return new Launch(false, notInstalled(absolute));
	}

	/** The message when BigDataViewer is not there, naming where the XML was written. */
	static String notInstalled(Path xml) {
		return "BigDataViewer is not installed here. It ships with Fiji: in Fiji, open the export with Plugins > BigDataViewer > "
				+ MENU_LABEL + " (if it is missing, enable the update site that provides BigDataViewer, Fiji's own, with Help > Update... "
				+ "> Manage update sites, and restart). The BigDataViewer XML was written to " + xml;
	}

	private static boolean openDirectly(Path xml) {
		ClassLoader loader = classLoader();
		try {
			Class<?> viewer = Class.forName("bdv.BigDataViewer", true, loader);
			Class<?> progress = Class.forName("bdv.export.ProgressWriter", true, loader);
			Class<?> console = Class.forName("bdv.export.ProgressWriterConsole", true, loader);
			Class<?> options = Class.forName("bdv.viewer.ViewerOptions", true, loader);
			Method open = viewer.getMethod("open", String.class, String.class, progress, options);
			open.invoke(null, xml.toString(), xml.getFileName().toString(), console.getConstructor().newInstance(),
					options.getMethod("options").invoke(null));
			return true;
		} catch (ClassNotFoundException | NoSuchMethodException e) {
			return false;
		} catch (InvocationTargetException e) {
			throw new IllegalStateException("BigDataViewer cannot open " + xml + ": " + e.getCause().getMessage(), e.getCause());
		} catch (ReflectiveOperationException e) {
			return false;
		}
	}

	private static ClassLoader classLoader() {
		try {
			ClassLoader fiji = IJ.getClassLoader();
			if (fiji != null)
				return fiji;
		} catch (RuntimeException e) {
			// no ImageJ plugins folder: the suite's own class loader sees what is on the class path
		}
		return BigDataViewerLauncher.class.getClassLoader();
	}

	private static CommandInfo sciJavaCommand(CommandService commands) {
		for (CommandInfo info : commands.getCommands()) {
			var path = info.getMenuPath();
			if (path == null || path.size() < 2)
				continue;
			MenuEntry leaf = path.getLeaf(), parent = path.get(path.size() - 2);
			if (MENU_LABEL.equals(leaf.getName()) && "BigDataViewer".equals(parent.getName()))
				return info;
		}
		return null;
	}

	/** The class behind an ImageJ 1.x menu entry "Open XML/HDF5", when it is an ImageJ 1.x plugin of BigDataViewer. */
	private static String imageJ1PlugIn() {
		Hashtable<String, String> table = Menus.getCommands();
		String entry = table == null ? null : table.get(MENU_LABEL);
		if (entry == null || !entry.startsWith("bdv."))
			return null;
		try {
			return PlugIn.class.isAssignableFrom(Class.forName(entry, false, classLoader())) ? entry : null;
		} catch (ClassNotFoundException e) {
			return null;
		}
	}
}
