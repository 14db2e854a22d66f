package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

/**
 * The inputs of every command: short snake_case names that macros use as keys, and not persisted, so that an input
 * a macro or a headless caller leaves out takes the command's default rather than a value SciJava remembered from an
 * earlier run (in the user's preferences).
 */
class CommandParametersTest {

	@Test
	void everyInputIsSnakeCaseAndNotPersisted() throws Exception {
		List<String> commands = PluginJarTest.sourceCommands();
		assertFalse(commands.isEmpty());
		for (String command : commands)
			for (Field f : inputs(Class.forName(command))) {
				Parameter p = f.getAnnotation(Parameter.class);
				String where = command + "." + f.getName();
				assertFalse(p.persist(), where + " is persisted: give it persist = false");
				assertTrue(f.getName().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), where + " is not snake_case");
				assertTrue(p.label().isEmpty() || p.label().equals(f.getName()), where + " is labelled " + p.label());
			}
	}

	@Test
	void everyFolderInputAsksForAFolder() throws Exception {
		int folders = 0;
		for (String command : PluginJarTest.sourceCommands())
			for (Field f : inputs(Class.forName(command)))
				if (f.getType() == java.io.File.class && f.getName().endsWith("_folder")) {
					folders++;
					assertEquals("directory", f.getAnnotation(Parameter.class).style(), command + "." + f.getName() + ": a folder chooser");
				}
		assertTrue(folders >= 6, "the output and session folders: " + folders);
	}

	/** The input parameters of a command and its superclasses, without services and the context. */
	private static List<Field> inputs(Class<?> command) {
		List<Field> inputs = new ArrayList<>();
		for (Class<?> c = command; c != null; c = c.getSuperclass())
			for (Field f : c.getDeclaredFields()) {
				Parameter p = f.getAnnotation(Parameter.class);
				boolean injected = Service.class.isAssignableFrom(f.getType()) || Context.class.isAssignableFrom(f.getType());
				if (p != null && p.type() != ItemIO.OUTPUT && !injected)
					inputs.add(f);
			}
		return inputs;
	}
}
