package connectomej.ij1;

import org.scijava.Context;
import org.scijava.command.CommandService;

import ij.IJ;

/**
 * The SciJava context commands run in: Fiji's own when running inside Fiji, otherwise one small context of our own
 * (plain ImageJ 1.x has none).
 */
final class SciJavaContext {

	private static Context own;

	private SciJavaContext() {}

	static synchronized Context get() {
		Object fijis = IJ.runPlugIn("org.scijava.Context", "");
		if (fijis instanceof Context context)
			return context;
		if (own == null)
			own = new Context(CommandService.class);
		return own;
	}
}
