package connectomej.merge;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import connectomej.io.CsvTable;
import connectomej.io.CsvTables;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.view.Views;

/**
 * The real-error experiment of issue 7 (run by hand, not a test):
 * <pre>
 * java -cp target/classes:target/test-classes:target/lib/* connectomej.merge.GalaRealErrors agglomerate T WS PROB OUT.h5
 * java -cp ... connectomej.merge.GalaRealErrors precision CANDIDATES.csv SEG GT K
 * </pre>
 * "agglomerate": the stand-in for the fast pass, "mean-boundary agglomeration": watershed fragments whose contact
 * (all 6-neighbour voxel pairs across their border) has a mean boundary probability below T are joined
 * (single linkage, union-find). "precision": a segment really merges two ground-truth neurons when its
 * second-largest overlap with a non-zero ground-truth label has at least max(1000 voxels, 10% of the segment's
 * voxels); prints the precision of the top K candidates and the rate among all scored candidates.
 */
public final class GalaRealErrors {

	public static void main(String[] args) throws Exception {
		if (args[0].equals("agglomerate"))
			agglomerate(Double.parseDouble(args[1]), args[2], args[3], args[4]);
		else
			precision(Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]));
	}

	public static LabelGrid labels(String location) throws Exception {
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		return LabelGrid.of(LabelVolumes.of(v.data(), Path.of(location)), v.voxelSize());
	}

	private static void agglomerate(double threshold, String ws, String prob, String out) throws Exception {
		LabelGrid fragments = labels(ws);
		Volume<? extends RealType<?>> p = VolumeFiles.read(prob);
		float[] probability = new float[fragments.labels().length];
		int i = 0;
		for (RealType<?> t : Views.flatIterable(p.data()))
			probability[i++] = t.getRealFloat();
		Map<Long, double[]> contacts = new HashMap<>();
		int[] stride = { 1, fragments.width(), fragments.width() * fragments.height() };
		int[] n = fragments.dimensions();
		for (int z = 0, v = 0; z < n[2]; z++)
			for (int y = 0; y < n[1]; y++)
				for (int x = 0; x < n[0]; x++, v++) {
					int[] at = { x, y, z };
					for (int d = 0; d < 3; d++)
						if (at[d] + 1 < n[d]) {
							long a = fragments.labels()[v], b = fragments.labels()[v + stride[d]];
							if (a != b && a != 0 && b != 0) {
								double[] sum = contacts.computeIfAbsent(Math.min(a, b) << 32 | Math.max(a, b), k -> new double[2]);
								sum[0] += (probability[v] + probability[v + stride[d]]) / 2;
								sum[1]++;
							}
						}
				}
		Map<Long, Long> parent = new HashMap<>();
		for (Map.Entry<Long, double[]> e : contacts.entrySet())
			if (e.getValue()[0] / e.getValue()[1] < threshold)
				join(parent, e.getKey() >>> 32, e.getKey() & 0xffffffffL);
		long[] joined = new long[fragments.labels().length];
		for (int v = 0; v < joined.length; v++)
			joined[v] = fragments.labels()[v] == 0 ? 0 : root(parent, fragments.labels()[v]);
		ArrayImg<UnsignedLongType, LongArray> img = ArrayImgs.unsignedLongs(joined, n[0], n[1], n[2]);
		VolumeFiles.write(new Volume<>(img, fragments.voxelSize()), out);
		System.out.println(labels(ws).objects().size() + " fragments -> " + labels(out).objects().size() + " segments, threshold " + threshold);
	}

	private static long root(Map<Long, Long> parent, long a) {
		while (parent.containsKey(a))
			a = parent.get(a);
		return a;
	}

	private static void join(Map<Long, Long> parent, long a, long b) {
		long ra = root(parent, a), rb = root(parent, b);
		if (ra != rb)
			parent.put(Math.max(ra, rb), Math.min(ra, rb));
	}

	private static void precision(Path candidates, String seg, String gt, int k) throws Exception {
		LabelGrid s = labels(seg), g = labels(gt);
		Map<Long, Map<Long, Long>> overlaps = new HashMap<>();
		for (int v = 0; v < s.labels().length; v++)
			if (s.labels()[v] != 0 && g.labels()[v] != 0)
				overlaps.computeIfAbsent(s.labels()[v], x -> new HashMap<>()).merge(g.labels()[v], 1L, Long::sum);
		CsvTable table = CsvTables.read(candidates);
		int hits = 0, all = 0;
		for (int r = 0; r < table.rows().size(); r++) {
			long id = (long) table.number(r, "object_id");
			boolean merge = isMerge(overlaps.getOrDefault(id, Map.of()), (long) table.number(r, "voxels"));
			all += merge ? 1 : 0;
			if (r < k)
				hits += merge ? 1 : 0;
			if (r < k)
				System.out.printf("rank %d object %d score %s merge %s%n", r + 1, id, table.text(r, "score"), merge);
		}
		System.out.printf("precision of top %d: %d/%d = %.2f; true merges among all %d scored: %d (%.2f)%n", k, hits, Math.min(k,
				table.rows().size()), hits / (double) Math.min(k, table.rows().size()), table.rows().size(), all, all / (double) table.rows().size());
	}

	/** Second-largest ground-truth overlap >= max(1000, 10% of the segment). */
	public static boolean isMerge(Map<Long, Long> overlap, long voxels) {
		long first = 0, second = 0;
		for (long c : overlap.values())
			if (c > first) {
				second = first;
				first = c;
			} else if (c > second)
				second = c;
		return second >= Math.max(1000, voxels / 10);
	}
}
