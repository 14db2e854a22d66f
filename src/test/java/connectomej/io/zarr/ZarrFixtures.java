package connectomej.io.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import connectomej.volume.Volume;
import net.imglib2.Cursor;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The stores that {@code src/test/resources/zarr/make_zarr_fixtures.py} writes with zarr-python, and the values it puts
 * in them, recomputed: arrays of 3 x 13 x 21 voxels (z, y, x) in chunks of 2 x 8 x 16.
 */
final class ZarrFixtures {

	static final long[] DIMS = { 21, 13, 3 };

	private ZarrFixtures() {}

	/** A store of the fixtures, e.g. {@code "arrays.zarr"}. */
	static Path store(String name) {
		try {
			return Path.of(ZarrFixtures.class.getResource("/zarr/" + name).toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The script's base value of a voxel. */
	static long base(long x, long y, long z) {
		return (x + 3 * y + 7 * z) % 251;
	}

	/** The value the script writes at a voxel for a VALUES entry, e.g. "uint16". */
	static double value(String values, long x, long y, long z) {
		long b = base(x, y, z);
		return switch (values) {
			case "uint8" -> b;
			case "uint16" -> b * 257;
			case "float32" -> (float) (b / 4.0 - 10);
			case "int16be" -> b * 100 - 12000;
			case "uint64" -> b * 1000003000001L;
			case "uint32" -> b * 16777259L;
			case "int32" -> b * 1000 - 100000;
			case "int64" -> -(b * 1000003000001L);
			case "float64" -> b / 8.0 - 3;
			case "int8" -> b - 125;
			case "bool" -> b % 3 == 0 ? 1 : 0;
			default -> throw new IllegalArgumentException(values);
		};
	}

	/** A function of a voxel position (x, y, z). */
	@FunctionalInterface
	interface Expected {
		double at(long x, long y, long z);
	}

	/** Checks a volume's dimensions and every voxel (NaN equals NaN). */
	static void assertVoxels(long[] dims, Expected expected, Volume<? extends RealType<?>> volume) {
		assertArrayEquals(dims, volume.dimensions());
		Cursor<? extends RealType<?>> c = Views.flatIterable(volume.data()).localizingCursor();
		while (c.hasNext()) {
			double v = c.next().getRealDouble();
			long x = c.getLongPosition(0), y = c.getLongPosition(1), z = c.getLongPosition(2);
			assertEquals(expected.at(x, y, z), v, 0, () -> "voxel " + x + ", " + y + ", " + z);
		}
	}

	/** A copy of a fixture store (or one array of it) in {@code folder}, to damage. */
	static Path copy(Path source, Path target) throws IOException {
		try (Stream<Path> all = Files.walk(source)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path to = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p))
					Files.createDirectories(to);
				else
					Files.copy(p, to);
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return target;
	}

	/** Replaces a text in a file (a hand-made change to a copied {@code .zarray}). */
	static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		if (!text.contains(from))
			throw new IllegalStateException(file + " has no " + from);
		Files.writeString(file, text.replace(from, to));
	}
}
