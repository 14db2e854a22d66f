package connectomej.io.hdf5;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import connectomej.io.BadInputException;
import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/** Lookups in an open HDF5 file, and the messages for files and datasets that are not there or not readable. */
final class Hdf5Files {

	private Hdf5Files() {}

	static void requireExists(Path file) {
		if (!Files.isRegularFile(file))
			throw new BadInputException(file, "no such file");
	}

	/**
	 * Opens an HDF5 file for reading, refusing a truncated one: the superblock records where the file ends, and a
	 * shorter file has lost data even when the datasets asked for happen to lie before the cut.
	 */
	static HdfFile open(Path file) {
		requireExists(file);
		try (FileChannel channel = FileChannel.open(file)) {
			HdfFile h = new HdfFile(file);
			Superblock sb = Superblock.readSuperblock(channel, h.getUserBlockSize());
			long end = sb.getBaseAddressByte() + sb.getEndOfFileAddress();
			long size = channel.size();
			if (end > size) {
				h.close();
				throw new BadInputException(file, "truncated HDF5: the file should be " + end + " bytes long but has " + size);
			}
			return h;
		} catch (IOException e) {
			throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
		} catch (BadInputException e) {
			throw e;
		} catch (RuntimeException e) {
			throw unreadable(file, e);
		}
	}

	/** The node at {@code path}, or a BadInputException listing the datasets that exist. */
	static Node node(HdfFile h, Path file, String path) {
		try {
			return h.getByPath(path.startsWith("/") ? path.substring(1) : path);
		} catch (RuntimeException e) {
			throw noSuchDataset(h, file, path);
		}
	}

	static BadInputException noSuchDataset(HdfFile h, Path file, String path) {
		List<String> existing = new ArrayList<>();
		for (Dataset d : datasets(h))
			existing.add(d.getPath());
		return new BadInputException(file, "no dataset " + path + "; datasets in the file: "
				+ (existing.isEmpty() ? "none" : String.join(", ", existing)));
	}

	/** Every dataset of the file, depth first, in the order jHDF lists the children. */
	static List<Dataset> datasets(Group group) {
		List<Dataset> all = new ArrayList<>();
		for (Node n : group) {
			if (n instanceof Dataset d)
				all.add(d);
			else if (n instanceof Group g && !n.isLink())
				all.addAll(datasets(g));
		}
		return all;
	}

	static BadInputException unreadable(Path file, RuntimeException e) {
		return new BadInputException(file, "not a readable HDF5 file (truncated or damaged?): " + e.getMessage(), e);
	}
}
