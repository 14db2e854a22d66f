package connectomej.segment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import connectomej.io.AtomicFiles;
import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.volume.VoxelSize;

/**
 * Writes skeletons as SWC (the 7-column format of Cannon et al. 1998, J. Neurosci. Methods 84:49: node number,
 * type, x, y, z, radius, parent; numbers from 1, parent -1 at a root; coordinates and radius in nm) and the object
 * table as CSV. Files are written atomically.
 */
public final class SkeletonFiles {

	/** SWC structure type written for every node: 0 = undefined. */
	public static final int SWC_TYPE = 0;

	private SkeletonFiles() {}

	/** All skeletons in one SWC file, one tree per object, each preceded by a {@code # object <id>} comment. */
	public static void writeSwc(List<Skeleton> skeletons, Path file) throws IOException {
		AtomicFiles.write(file, tmp -> {
			try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				out.write("# ConnectomeJ TEASAR skeletons; columns: n type x y z radius parent (nm)\n");
				int offset = 0;
				for (Skeleton s : skeletons) {
					out.write("# object " + s.id() + "\n");
					writeTree(s, offset, out);
					offset += s.nodeCount();
				}
			}
		});
	}

	/** One SWC file per object, named {@code <id>.swc}, in {@code folder} (created when missing). */
	public static void writeSwcPerObject(List<Skeleton> skeletons, Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Skeleton s : skeletons)
			writeSwc(List.of(s), folder.resolve(s.id() + ".swc"));
	}

	/**
	 * The object table: id, voxel count, bounding box min / max x, y, z (voxels), centroid x, y, z in voxels and in
	 * nm, skeleton length in nm (0 without skeleton).
	 *
	 * @param skeletons skeletons in the order of {@code objects} (null entries allowed), or null
	 */
	public static CsvTable objectTable(List<ObjectStatistics> objects, List<Skeleton> skeletons, VoxelSize voxelSize) {
		List<String> columns = List.of("id", "voxels", "min_x", "min_y", "min_z", "max_x", "max_y", "max_z", "centroid_x",
			"centroid_y", "centroid_z", "centroid_x_nm", "centroid_y_nm", "centroid_z_nm", "skeleton_length_nm");
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			ObjectStatistics o = objects.get(i);
			Skeleton s = skeletons == null ? null : skeletons.get(i);
			double[] nm = o.centroidNm(voxelSize);
			rows.add(List.of(o.id(), o.voxels(), o.min()[0], o.min()[1], o.min()[2], o.max()[0], o.max()[1], o.max()[2],
				o.centroid()[0], o.centroid()[1], o.centroid()[2], nm[0], nm[1], nm[2], s == null ? 0.0 : s.length()));
		}
		return new CsvTable(columns, rows);
	}

	/** Writes {@link #objectTable} as CSV. */
	public static void writeObjectTable(List<ObjectStatistics> objects, List<Skeleton> skeletons, VoxelSize voxelSize, Path file)
		throws IOException
	{
		CsvTables.write(objectTable(objects, skeletons, voxelSize), file);
	}

	private static void writeTree(Skeleton s, int offset, Writer out) throws IOException {
		for (int i = 0; i < s.nodeCount(); i++) {
			int parent = s.parent()[i] < 0 ? -1 : s.parent()[i] + offset + 1;
			out.write(String.format(Locale.ROOT, "%d %d %.3f %.3f %.3f %.3f %d%n", i + offset + 1, SWC_TYPE, s.xyz()[3 * i],
				s.xyz()[3 * i + 1], s.xyz()[3 * i + 2], s.radius()[i], parent));
		}
	}
}
