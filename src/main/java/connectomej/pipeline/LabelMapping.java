package connectomej.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;

/**
 * A map from label ids to new ids (stitching, agglomeration, compaction), stored as two sorted arrays. Id 0
 * (background) maps to 0; ids not in the map also map to 0, so a mapping lists every id it keeps.
 */
public final class LabelMapping {

	private static final int MAGIC = 0x434A4C4D; // "CJLM"
	private final long[] from;
	private final long[] to;

	/**
	 * @param from ids, strictly increasing
	 * @param to new id of each, same length
	 */
	public LabelMapping(long[] from, long[] to) {
		if (from.length != to.length)
			throw new IllegalArgumentException("from and to need the same length");
		for (int i = 1; i < from.length; i++)
			if (from[i] <= from[i - 1])
				throw new IllegalArgumentException("ids must be strictly increasing");
		this.from = from;
		this.to = to;
	}

	/** The new id of {@code id}: 0 for 0 and for ids not in the map. */
	public long apply(long id) {
		int i = Arrays.binarySearch(from, id);
		return i < 0 ? 0 : to[i];
	}

	/** Number of ids in the map. */
	public int size() {
		return from.length;
	}

	/** The largest new id (the number of objects when new ids are 1..n), 0 when empty. */
	public long maxTarget() {
		return Arrays.stream(to).max().orElse(0);
	}

	/** Writes the mapping to a file, atomically. */
	public void write(Path file) throws IOException {
		AtomicFiles.write(file, tmp -> {
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
				out.writeInt(MAGIC);
				out.writeInt(from.length);
				for (int i = 0; i < from.length; i++)
					out.writeLong(from[i]);
				for (int i = 0; i < to.length; i++)
					out.writeLong(to[i]);
			}
		});
	}

	/**
	 * Reads a mapping written by {@link #write}.
	 *
	 * @throws BadInputException when the file is not a mapping or is truncated
	 */
	public static LabelMapping read(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			if (in.readInt() != MAGIC)
				throw new BadInputException(file, "not a ConnectomeJ label mapping");
			int n = in.readInt();
			long[] from = new long[n], to = new long[n];
			for (int i = 0; i < n; i++)
				from[i] = in.readLong();
			for (int i = 0; i < n; i++)
				to[i] = in.readLong();
			return new LabelMapping(from, to);
		} catch (java.io.EOFException e) {
			throw new BadInputException(file, "label mapping is truncated");
		}
	}
}
