package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import connectomej.metrics.SynapseDetection;
import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;
import connectomej.volume.Volume;

/**
 * {@link StreamedCleftMap} on EPFL sections {@code FIRST .. LAST}: for each tile size of the coarse members, the seconds of the streamed cleft map (best of 3), whether the synapse
 * labels (cleft rules only, no vesicle rule, as in the EPFL protocols) are those of the whole mean map at
 * {@link SynapseMaps#TILE_SIZE}, and the object scores of both against the PSD objects.
 * {@code StreamedCleftTiles CLEFT[,CLEFT...] FIRST LAST THRESHOLD LOW MIN_VOXELS MIN_ELONGATION COARSE_TILE...}
 */
public final class StreamedCleftTiles {

	private StreamedCleftTiles() {}

	public static void main(String[] args) throws IOException {
		SynapseProtocol.Part part = SynapseProtocol.Part.of("sections " + args[1] + "-" + args[2], Long.parseLong(args[1]),
				Long.parseLong(args[2]));
		Volume<UnsignedByteType> raw = part.raw();
		SynapseRules.Settings rules = new SynapseRules.Settings(Double.parseDouble(args[3]), Long.parseLong(args[5]), Long.MAX_VALUE,
				Double.parseDouble(args[6]), 150, 0, 1, false, Double.parseDouble(args[4]));
		List<StoredModel> cleft = Arrays.stream(args[0].split(",")).map(f -> load(Path.of(f))).toList();
		long[] dims = raw.data().dimensionsAsLongArray();
		var map = ArrayImgs.floats(dims);
		var ones = SynapseExperiment.ones(dims);
		var whole = ArrayImgs.unsignedInts(dims);
		long start = System.nanoTime();
		SynapseMaps.predictMean(cleft, raw, map, SynapseExperiment.POOL, 2);
		System.out.printf(Locale.ROOT, "%s, %d PSD objects: whole mean map %.2f s, %d synapses, %s%n", part.name(), part.objects(),
				(System.nanoTime() - start) / 1e9, SynapseRules.detect(map, ones, null, raw.voxelSize(), rules, whole).size(),
				SynapseDetection.score(whole, part.truth(), SynapseExperiment.MIN_OVERLAP).toJson());
		for (int a = 7; a < args.length; a++) {
			int coarse = Integer.parseInt(args[a]);
			double best = Double.MAX_VALUE;
			StreamedCleftMap.Coverage coverage = null;
			for (int r = 0; r < 3; r++) {
				long s = System.nanoTime();
				coverage = StreamedCleftMap.predict(cleft, raw, map, SynapseExperiment.POOL, 2, rules, coarse);
				best = Math.min(best, (System.nanoTime() - s) / 1e9);
			}
			var labels = ArrayImgs.unsignedInts(dims);
			int found = SynapseRules.detect(map, ones, null, raw.voxelSize(), rules, labels).size();
			System.out.printf(Locale.ROOT, "coarse tiles %d: %.2f s, %s, %d synapses, labels identical: %b, %s%n",
					coarse, best, coverage, found, Arrays.equals(whole.update(null).getCurrentStorageArray(),
							labels.update(null).getCurrentStorageArray()),
					SynapseDetection.score(labels, part.truth(), SynapseExperiment.MIN_OVERLAP).toJson());
		}
		SynapseExperiment.POOL.shutdownNow();
	}

	private static StoredModel load(Path file) {
		return ModelFiles.load(file, SynapseMaps.CLEFT, 1);
	}
}
