package connectomej.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for {@link InterruptedWriteTest}: starts writing {@code args[1]} (a file, or with {@code folder} as
 * {@code args[0]} a folder of slices) with {@link AtomicFiles}, prints the temporary path, and waits to be stopped.
 */
public final class InterruptedWriteChild {

	private InterruptedWriteChild() {}

	public static void main(String[] args) throws Exception {
		boolean folder = args[0].equals("folder");
		AtomicFiles.Content content = temporary -> {
			if (folder)
				Files.writeString(Files.createDirectories(temporary).resolve("z0000.png"), "partial");
			else
				Files.writeString(temporary, "partial");
			System.out.println("WRITING " + temporary);
			System.out.flush();
			try {
				Thread.sleep(120_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		};
		if (folder)
			AtomicFiles.writeFolder(Path.of(args[1]), name -> name.endsWith(".png"), content);
		else
			AtomicFiles.write(Path.of(args[1]), content);
	}
}
