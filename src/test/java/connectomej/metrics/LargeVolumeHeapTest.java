package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A 250^3 pair of label volumes evaluates in a JVM limited to 1 GB of heap: {@link LargeVolumeCheck} is started as a
 * child process with {@code -Xmx1g} on this test's class path; an OutOfMemoryError would make it exit non-zero.
 */
class LargeVolumeHeapTest {

	@Test
	void evaluates250CubedWithin1GbHeap() throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process child = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), LargeVolumeCheck.class.getName())).redirectErrorStream(true).start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, child.waitFor(), output);
		assertTrue(output.startsWith("ok "), output);
	}
}
