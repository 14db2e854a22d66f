package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.nn.Dl4jBackend;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.StoredModel;
import connectomej.nn.TiledInference;
import connectomej.nn.UNet;
import connectomej.volume.Volume;

/**
 * Side-by-side speed of the synapse stage on EPFL sections {@code 20 .. 20 + n - 1}: the two light nets (trained
 * files) plus the rules against the direct baseline's architecture (4-level U-Net, 32 maps; speed does not depend on
 * its weights). {@code SynapseSpeed CLEFT VESICLE SECTIONS [DIRECT]}: with DIRECT, the trained baseline file is timed
 * instead of a fresh net of its architecture ({@code -}: the fresh net). CLEFT may name several nets, comma-separated:
 * their maps are averaged (an ensemble; each net's share of the time is printed too). Optional
 * {@code THRESHOLD LOW MIN_VOXELS MIN_ELONGATION [ROUNDS [DIRECT_TILES]]}: the rules (default 0.5, no hysteresis, 100
 * voxels, 1), the rounds timed (default 4) after every net has run once, and the direct net's tile sizes, comma-separated
 * (default {@link SynapseMaps#TILE_SIZE}; larger tiles spend less on its wide field's halo): each is timed, and the
 * ratios are against the fastest of the round. Each round also
 * times the streaming order of {@link SynapseProtocol#streamedSeconds}: cleft maps ({@link StreamedCleftMap}: an
 * ensemble's full-resolution members only where they can change a candidate), {@link VesicleReach}, the vesicle net
 * within reach only, rules; and checks that it labels the same synapses as the whole maps.
 */
public final class SynapseSpeed {

	private SynapseSpeed() {}

	public static void main(String[] args) throws IOException {
		Volume<UnsignedByteType> all = SynapseData.raw("epfl");
		int n = Integer.parseInt(args[2]);
		Volume<UnsignedByteType> raw = new Volume<>(Views.zeroMin(Views.interval(all.data(), new long[] { 0, 0, 20 },
				new long[] { all.data().max(0), all.data().max(1), 19 + n })), SynapseExperiment.EPFL_VOXEL);
		UNet.Settings big = new UNet.Settings(2, 1, 1, 4, 32, 7, 1e-3);
		ModelInfo info = new ModelInfo(1, "cleft", 2, 1, List.of("cleft"), ModelInfo.Normalization.UNIT_RANGE, raw.voxelSize(),
				new int[] { 64, 64 }, ReceptiveField.of(UNet.configuration(big), 2).size(), big.sizeMultiple(),
				new ModelInfo.Training("none", "speed only"), Map.of());
		StoredModel direct = args.length > 3 && !args[3].equals("-") ? ModelFiles.load(Path.of(args[3]), SynapseMaps.CLEFT, 1)
				: new StoredModel(UNet.create(big), info);
		SynapseRules.Settings rules = args.length > 7
				? new SynapseRules.Settings(Double.parseDouble(args[4]), Long.parseLong(args[6]), Long.MAX_VALUE,
						Double.parseDouble(args[7]), 150, 0, 1, false, Double.parseDouble(args[5]))
				: new SynapseRules.Settings(0.5, 100, Long.MAX_VALUE, 1, 150, 0, 1, false);
		List<StoredModel> cleft = new java.util.ArrayList<>();
		for (String file : args[0].split(","))
			cleft.add(ModelFiles.load(Path.of(file), SynapseMaps.CLEFT, 1));
		StoredModel v = ModelFiles.load(Path.of(args[1]), SynapseMaps.VESICLE, 1);
		var a = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
		var b = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
		var labels = ArrayImgs.unsignedInts(raw.data().dimensionsAsLongArray());
		var streamedLabels = ArrayImgs.unsignedInts(raw.data().dimensionsAsLongArray());
		var directLabels = ArrayImgs.unsignedInts(raw.data().dimensionsAsLongArray());
		var extra = ArrayImgs.floats(raw.data().dimensionsAsLongArray());
		int[] directTiles = args.length > 9 ? java.util.Arrays.stream(args[9].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { SynapseMaps.TILE_SIZE };
		warmUp(cleft, direct, directTiles, v, raw, rules, a);
		int rounds = args.length > 8 ? Integer.parseInt(args[8]) : 4;
		for (int round = 0; round < rounds; round++) {
			long t0 = System.nanoTime();
			String perNet = cleftMap(cleft, raw, a, extra);
			SynapseMaps.predict(v, raw, b, SynapseExperiment.POOL, 2);
			int whole = SynapseRules.detect(a, b, null, raw.voxelSize(), rules, labels).size();
			long t1 = System.nanoTime();
			StreamedCleftMap.Coverage coverage = StreamedCleftMap.predict(cleft, raw, a, SynapseExperiment.POOL, 2, rules);
			b.forEach(x -> x.set(0));
			long reach = System.nanoTime();
			SynapseMaps.predictWithin(v, raw, b, SynapseExperiment.POOL, 2, VesicleReach.of(a, raw.voxelSize(), rules), SynapseMaps.TILE_SIZE);
			long rulesStart = System.nanoTime();
			int streamed = SynapseRules.detect(a, b, null, raw.voxelSize(), rules, streamedLabels).size();
			long t2 = System.nanoTime();
			System.out.printf(Locale.ROOT, "  streamed: cleft maps %.2f s (%s), reach and vesicle net %.2f s, rules %.2f s; "
					+ "synapse labels identical to the whole maps': %b%n", (reach - t1) / 1e9, coverage, (rulesStart - reach) / 1e9,
					(t2 - rulesStart) / 1e9, java.util.Arrays.equals(labels.update(null).getCurrentStorageArray(),
							streamedLabels.update(null).getCurrentStorageArray()));
			StringBuilder directTimes = new StringBuilder();
			double dir = Double.MAX_VALUE;
			for (int tile : directTiles) {
				long d0 = System.nanoTime();
				TiledInference.predict(raw.data(), Dl4jBackend.of(direct, 2), direct.info(), tile, a, SynapseExperiment.POOL);
				SynapseRules.detect(a, SynapseExperiment.ones(raw.data().dimensionsAsLongArray()), null, raw.voxelSize(), rules, directLabels);
				double seconds = (System.nanoTime() - d0) / 1e9;
				directTimes.append(String.format(Locale.ROOT, " %.2f s (tiles %d)", seconds, tile));
				dir = Math.min(dir, seconds);
			}
			double comp = (t1 - t0) / 1e9, stream = (t2 - t1) / 1e9, voxels = raw.data().size();
			System.out.printf(Locale.ROOT, "round %d, %d voxels: compositional %.2f s = %.0f voxels/s (cleft nets%s s), %d synapses; "
					+ "streamed %.2f s, %d synapses; direct%s, fastest %.0f voxels/s; ratio %.1fx, streamed %.1fx%n", round + 1,
					(long) voxels, comp, voxels / comp, perNet, whole, stream, streamed, directTimes, voxels / dir, dir / comp, dir / stream);
		}
		SynapseExperiment.POOL.shutdownNow();
	}

	/**
	 * Every net once at the tile shapes it is timed at (Deeplearning4j sets up each new input shape on first use): the
	 * cleft nets whole and streamed, the vesicle net, and the direct net on the first section.
	 */
	private static void warmUp(List<StoredModel> cleft, StoredModel direct, int[] directTiles, StoredModel vesicle,
			Volume<UnsignedByteType> raw, SynapseRules.Settings rules, ArrayImg<FloatType, ?> a) {
		for (StoredModel c : cleft)
			SynapseMaps.predict(c, raw, a, SynapseExperiment.POOL, 2);
		StreamedCleftMap.predict(cleft, raw, a, SynapseExperiment.POOL, 2, rules);
		SynapseMaps.predict(vesicle, raw, a, SynapseExperiment.POOL, 2);
		Volume<UnsignedByteType> first = new Volume<>(Views.interval(raw.data(), new long[3],
				new long[] { raw.data().max(0), raw.data().max(1), 0 }), raw.voxelSize());
		for (int tile : directTiles)
			TiledInference.predict(first.data(), Dl4jBackend.of(direct, 2), direct.info(), tile, Views.interval(a, first.data()),
					SynapseExperiment.POOL);
	}

	/** The mean map of the cleft nets into {@code a} ({@code extra}: scratch); returns each net's seconds. */
	private static String cleftMap(List<StoredModel> cleft, Volume<UnsignedByteType> raw, ArrayImg<FloatType, ?> a,
			ArrayImg<FloatType, ?> extra) {
		StringBuilder perNet = new StringBuilder();
		for (int i = 0; i < cleft.size(); i++) {
			long s = System.nanoTime();
			SynapseMaps.predict(cleft.get(i), raw, i == 0 ? a : extra, SynapseExperiment.POOL, 2);
			if (i > 0)
				LoopBuilder.setImages(a, extra).forEachPixel((x, y) -> x.set(x.get() + y.get()));
			perNet.append(String.format(Locale.ROOT, " %.2f", (System.nanoTime() - s) / 1e9));
		}
		float nets = cleft.size();
		a.forEach(x -> x.set(x.get() / nets));
		return perNet.toString();
	}
}
