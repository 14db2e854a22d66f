package connectomej.merge;

import java.util.ArrayList;
import java.util.List;

import connectomej.io.CsvTable;
import connectomej.volume.VoxelSize;

/** Merge candidates as a table for proofreading: one row per object, highest score first. */
public final class MergeCandidates {

	/** The columns of the table. */
	public static final List<String> COLUMNS = List.of("rank", "object_id", "score", "x", "y", "z", "x_nm", "y_nm", "z_nm",
			"windows", "voxels");

	private MergeCandidates() {}

	/**
	 * The ranked table: rank from 1, object id, score, centre of the worst window in voxels (x, y, z) and in nm
	 * (voxel position times voxel size), windows scored, object size in voxels.
	 */
	public static CsvTable table(List<MergeCandidate> candidates, VoxelSize voxelSize) {
		List<List<Object>> rows = new ArrayList<>();
		for (MergeCandidate c : candidates) {
			int[] p = c.worst();
			rows.add(List.of(rows.size() + 1, c.id(), Math.round(c.score() * 1e6) / 1e6, p[0], p[1], p[2], p[0] * voxelSize.x(),
					p[1] * voxelSize.y(), p[2] * voxelSize.z(), c.windows(), c.voxels()));
		}
		return new CsvTable(COLUMNS, rows);
	}
}
