package connectomej.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jar as ImageJ and Fiji read it: named with an underscore, {@code plugins.config} at its root with a
 * menu entry for every command under {@code command/}, and the SciJava index {@code META-INF/json/org.scijava.plugin.Plugin}
 * listing every command as an {@code org.scijava.command.Command}, with its class file inside. Checked on a jar packed
 * from the build output the way Maven's jar plugin packs it, and on {@code target/ConnectomeJ_.jar} when
 * {@code mvn package} has made it since the commands last changed.
 */
class PluginJarTest {

	private static final Path CLASSES = Path.of("target", "classes"), BUILT = Path.of("target", "ConnectomeJ_.jar");

	private static final Pattern INDEX_ENTRY = Pattern.compile("\\{\"class\":\"([^\"]+)\",\"values\":\\{[^}]*\"type\":\"([^\"]+)\"");

	@Test
	void aJarOfTheBuildOutputListsEveryCommand(@TempDir Path tmp) throws IOException {
		assertListsEveryCommand(packed(CLASSES, tmp.resolve("ConnectomeJ_.jar")));
	}

	@Test
	void theBuiltPluginJarListsEveryCommand() throws IOException {
		Assumptions.assumeTrue(Files.exists(BUILT) && Files.getLastModifiedTime(BUILT).compareTo(newestCommandClass()) >= 0,
			"no target/ConnectomeJ_.jar newer than the compiled commands (mvn package makes it)");
		assertListsEveryCommand(BUILT);
	}

	@Test
	void thePomNamesTheJarWithAnUnderscore() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		Matcher name = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(pom);
		assertTrue(name.find(), "pom.xml sets the jar's name");
		assertEquals("ConnectomeJ_", name.group(1), "ImageJ reads plugins.config only from jars with an underscore");
	}

	private static void assertListsEveryCommand(Path jarFile) throws IOException {
		List<String> commands = sourceCommands();
		assertFalse(commands.isEmpty());
		try (JarFile jar = new JarFile(jarFile.toFile())) {
			String menus = entry(jar, "plugins.config"), index = entry(jar, "META-INF/json/org.scijava.plugin.Plugin");
			for (String command : commands) {
				assertTrue(menus.contains("connectomej.ij1.CommandBridge(\"" + command + "\")"), command + " has a menu entry");
				assertEquals("org.scijava.command.Command", indexedType(index, command), command + " in the SciJava index");
				assertNotNull(jar.getEntry(command.replace('.', '/') + ".class"), command + " class in the jar");
			}
			assertNotNull(jar.getEntry("connectomej/ij1/CommandBridge.class"), "the bridge the menu entries run");
		}
	}

	private static String indexedType(String index, String command) {
		Matcher m = INDEX_ENTRY.matcher(index);
		while (m.find())
			if (m.group(1).equals(command))
				return m.group(2);
		return null;
	}

	private static String entry(JarFile jar, String name) throws IOException {
		JarEntry e = jar.getJarEntry(name);
		assertNotNull(e, name + " in " + jar.getName());
		return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
	}

	/** The commands, by their sources: every {@code *Command.java} under src/main/java/connectomej/command. */
	static List<String> sourceCommands() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/java/connectomej/command"))) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Command.java"))
				.map(n -> "connectomej.command." + n.substring(0, n.length() - ".java".length())).sorted().toList();
		}
	}

	private static FileTime newestCommandClass() throws IOException {
		try (Stream<Path> files = Files.list(CLASSES.resolve("connectomej/command"))) {
			FileTime newest = FileTime.fromMillis(0);
			for (Path f : files.toList())
				if (Files.getLastModifiedTime(f).compareTo(newest) > 0)
					newest = Files.getLastModifiedTime(f);
			return newest;
		}
	}

	/** Packs every file under {@code classes} into {@code jar}, paths relative to {@code classes}. */
	private static Path packed(Path classes, Path jar) throws IOException {
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream packed = new JarOutputStream(out);
			Stream<Path> files = Files.walk(classes))
		{
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				packed.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
				packed.write(Files.readAllBytes(f));
				packed.closeEntry();
			}
		}
		return jar;
	}
}
