package connectomej.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import connectomej.segment.Skeleton;
import connectomej.segment.SwcReader;

/**
 * Window centres on each object's skeleton points, as the MergeNet paper does (Rolnick et al. 2017, arXiv
 * 1705.10882): the nodes of the object's TEASAR skeleton ({@code <id>.swc} in a folder, nm) that lie inside the
 * object, widest first (largest radius), kept when no kept node is closer than the spacing. An object without a
 * skeleton file, or whose nodes all fall outside its mask, gets {@link MedialSamples} instead.
 */
public final class SkeletonCentres implements CentrePoints {

	private final Path swcFolder;
	private final CentrePoints fallback = new MedialSamples();

	/** @param swcFolder holds one {@code <id>.swc} file per object, coordinates in nm from the volume's origin */
	public SkeletonCentres(Path swcFolder) {
		this.swcFolder = swcFolder;
	}

	@Override
	public List<int[]> of(ObjectMask mask, double[] voxelSize, double spacing) {
		return fallback.of(mask, voxelSize, spacing);
	}

	@Override
	public List<int[]> of(long id, ObjectMask mask, double[] voxelSize, double spacing) {
		Path file = swcFolder.resolve(id + ".swc");
		if (!Files.isRegularFile(file))
			return fallback.of(mask, voxelSize, spacing);
		List<int[]> kept = thinned(nodesInside(read(file, id), mask, voxelSize), voxelSize, spacing);
		return kept.isEmpty() ? fallback.of(mask, voxelSize, spacing) : kept;
	}

	private static Skeleton read(Path file, long id) {
		try {
			return SwcReader.read(file, id);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Skeleton nodes as voxel positions inside the mask, widest first (ties: node order). */
	static List<int[]> nodesInside(Skeleton s, ObjectMask mask, double[] voxelSize) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < s.nodeCount(); i++)
			order.add(i);
		order.sort(Comparator.comparingDouble((Integer i) -> -s.radius()[i]).thenComparingInt(i -> i));
		List<int[]> inside = new ArrayList<>();
		for (int i : order) {
			int[] p = new int[3];
			for (int d = 0; d < 3; d++)
				p[d] = (int) Math.round(s.xyz()[3 * i + d] / voxelSize[d]);
			if (mask.contains(p[0], p[1], p[2]))
				inside.add(p);
		}
		return inside;
	}

	private static List<int[]> thinned(List<int[]> points, double[] voxelSize, double spacing) {
		List<int[]> kept = new ArrayList<>();
		double spacing2 = spacing * spacing;
		for (int[] p : points)
			if (kept.stream().noneMatch(q -> MedialSamples.squaredDistance(p, q, voxelSize) < spacing2))
				kept.add(p);
		return kept;
	}

	@Override
	public String toString() {
		return "skeleton points (TEASAR SWC files in " + swcFolder + ")";
	}
}
