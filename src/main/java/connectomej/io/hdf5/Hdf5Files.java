package connectomej.io.hdf5;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import connectomej.io.BadInputException;
import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfFilterException;

/** Lookups in an open HDF5 file, and the messages for files and datasets that are not there or not readable. */
final class Hdf5Files {

	/** The filters of the HDF5 library in use (jHDF), for messages. */
	static final String READABLE_FILTERS = "gzip (deflate), shuffle, bitshuffle, lz4, lzf and fletcher32";

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

	/**
	 * The message for a file the HDF5 library could not read: a compression filter it lacks (said so, with what to
	 * do), else a damaged file.
	 */
	static BadInputException unreadable(Path file, RuntimeException e) {
		for (Throwable t = e; t != null; t = t.getCause())
			if (t instanceof HdfFilterException)
				return new BadInputException(file, missingFilter(t.getMessage()), e);
		return new BadInputException(file, "not a readable HDF5 file (truncated or damaged?): " + e.getMessage(), e);
	}

	/**
	 * @param libraryMessage the HDF5 library's message, e.g. {@code A required filter is not available: name='scaleoffset' id=6}
	 * @return what a user reads: the filter, the filters that can be read, and how to re-save the file
	 */
	static String missingFilter(String libraryMessage) {
		Matcher m = Pattern.compile("name='([^']*)' id=(\\d+)").matcher(String.valueOf(libraryMessage));
		String filter = m.find() ? "'" + m.group(1) + "' (HDF5 filter " + m.group(2) + ")" : "(" + libraryMessage + ")";
		return "a dataset is stored with a compression filter this reader lacks " + filter + "; it reads " + READABLE_FILTERS
				+ ": re-save the file with one of those or none, e.g. h5repack -f NONE IN.h5 OUT.h5";
	}
}
