package connectomej.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 32 MB volume streams from TIFF into N5 in a JVM with a 16 MB heap: {@link StreamedImportCheck} runs as a child
 * process with {@code -Xmx16m}; holding the volume whole would end in an OutOfMemoryError and a non-zero exit.
 */
class StreamedImportHeapTest {

	@TempDir
	Path dir;

	@Test
	void imports32MbVolumeWithin16MbHeap() throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process child = new ProcessBuilder(List.of(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				StreamedImportCheck.class.getName(), dir.toString())).redirectErrorStream(true).start();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, child.waitFor(), output);
		assertTrue(output.startsWith("ok"), output);
	}
}
