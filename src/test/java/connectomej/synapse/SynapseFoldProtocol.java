package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.metrics.SynapseDetection;
import connectomej.nn.MembraneTrainer;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.StoredModel;
import connectomej.nn.UNet;
import connectomej.volume.Volume;

/**
 * Issue 5, EPFL session-4 protocol: the synapse rules chosen by cross-validation over the development sections 0-20,
 * so that about five times as many PSD objects decide them as the four tuning sections 17-20 of the session-2 protocol
 * ({@link SynapseProtocol}), whose three adjacent, near-identical images left dozens of settings tied.
 * <p>
 * The development sections are cut into {@link #FOLDS} folds of whole groups of adjacent images (an image and its
 * near-copy never sit on both sides of a fold). For each fold a light PSD net of the shipped recipe (3-level 2D U-Net,
 * 6 maps, Adam 3e-3, 40 steps of 8 patches of 64 x 64 per epoch, patience 8, best epoch by pixel F1 on the held-out
 * fold) learns the other folds and predicts the held-out one. The rules (cleft threshold, hysteresis, smallest and
 * largest cleft, elongation) are chosen by object F1 on all out-of-fold maps together, then applied once to the test
 * sections 21-26 with {@code psd-epfl.zip} (a test resource since session 14) (trained on 0-16, same recipe) and a vesicle net for the
 * orientation. Vesicle rules are not searched: the fold maps of the vesicle net would be in-sample, and on EPFL the
 * session-2 and -3 choices rejected nothing by vesicles; the density ratio stays 1 (denser side presynaptic).
 * <p>
 * {@code SynapseFoldProtocol WORK_DIR FINAL_CLEFT VESICLE [TIME_LIMIT_MINUTES
 * [gt-vesicles|averaged|moving-average|half-resolution|quarter-resolution|ensemble|coarse-ensemble|plain
 * [development-only|gt-vesicles]]]}: fold nets are kept in
 * {@code WORK_DIR/fold-N/} (a finished fold is not retrained). With {@code gt-vesicles} a diagnostic instead: the
 * rules, vesicle rules included, chosen on the out-of-fold cleft maps with the ground-truth vesicle masks as the
 * vesicle map (how much vesicles could reject at best); the test sections are not touched. As the sixth argument,
 * {@code gt-vesicles} runs the same diagnostic on the maps of the mode before it (session 12). With {@code averaged}
 * every PSD net (fold nets and the final one alike) continues from its chosen epoch for {@link #AVERAGED_EPOCHS} epochs
 * at Adam {@link #AVERAGED_RATE}, and the mean of its weights after each of them is used (stochastic weight averaging,
 * Izmailov et al. 2018): the light net's pixel F1 swings from epoch to epoch, and the mean of nearby weights is
 * steadier. The final net then starts from FINAL_CLEFT and learns sections 0-16 (17-20 validate), as it did.
 * The averaged nets' maps are less confident, so their rules are searched from threshold 0.2 up; so are the plain
 * nets' with {@code development-only}, which stops before the test sections (to compare the two on equal terms).
 * With {@code moving-average} (session 10) each fold net trains from scratch with a moving average of its weights
 * ({@link #MOVING_AVERAGE_DECAY} per step; issue 3's membrane U-Net used 0.999 over longer runs), which validation and
 * {@code best.zip} use; its folders end in {@code -moving-average}; rules from threshold 0.2 up. The final net is then
 * trained the same way on sections 0-16 (17-20 validate) in {@code final-moving-average}, in place of FINAL_CLEFT.
 * With {@code half-resolution} (session 11) every PSD net, the final one included ({@code final-half-resolution}),
 * learns and predicts sections averaged 2 x 2 in-plane (input downsampling 2, {@link ModelInfo#inputDownsampling()}),
 * with one more U-Net level and {@link #HALF_RESOLUTION_NET}'s width: a quarter of the pixels, so about 16 times the
 * area in its receptive field at about 0.7 times the light net's time (BENCHMARKS.md, issue 5, session 11). The false detections of the light net lie on
 * thickened plain membrane (ACCURACY.md, issue 5, session 6), and the vesicle cloud that tells a PSD from it lies
 * 100-300 nm away, at the edge of the light net's 44-pixel (220 nm) field. Its maps are interpolated back to full
 * resolution, so the rules and metrics run on the original voxels. With {@code ensemble} the maps are the mean of
 * the plain net's and the half-resolution net's (fold nets from both modes' folders; the final pair FINAL_CLEFT and
 * {@code final-half-resolution}). {@code quarter-resolution} is {@code half-resolution} on 4 x 4 means, and
 * {@code coarse-ensemble} the mean of the half- and quarter-resolution nets (no full-resolution net: a cheaper
 * detector).
 */
public final class SynapseFoldProtocol {

	/** Development sections (file order) of each fold: groups of adjacent images kept together. */
	static final long[][] FOLDS = { { 0, 1, 2, 3, 4, 5, 6 }, { 7, 8, 9, 10, 11, 12 }, { 13, 14, 15, 16, 17, 18, 19, 20 } };
	static final long[] THRESHOLDS_X100 = { 50, 60, 70, 80, 90, 95 };
	/** Thresholds for nets whose maps are less confident (the averaged ones: F1 at 0.5 drops, ROC AUC does not). */
	static final long[] LOW_THRESHOLDS_X100 = { 20, 30, 40, 50, 60, 70, 80, 90, 95 };
	static final double[] LOW = { 1, 0.5, 0.3, 0.2 };
	static final double[] ELONGATION = { 1, 1.5, 2 };
	static final long[] MIN_SIZES = { 50, 100, 200, 400, 800, 1600 };
	static final long[] MAX_SIZES = { Long.MAX_VALUE, 20000, 10000 };
	/** Stochastic weight averaging in {@code averaged} mode: epochs averaged and their Adam learning rate. */
	static final int AVERAGED_EPOCHS = 10;
	static final double AVERAGED_RATE = 1e-3;
	/** Per-step decay of the weights' moving average in {@code moving-average} mode (a horizon of about 100 steps). */
	static final double MOVING_AVERAGE_DECAY = 0.99;
	/** The shipped light PSD net's recipe: 3-level 2D U-Net, 6 maps, Adam 3e-3. */
	static final UNet.Settings LIGHT_NET = new UNet.Settings(2, 1, 1, 3, 6, 7, 3e-3);
	/**
	 * The half-resolution PSD net: 4-level 2D U-Net, 8 maps, Adam 1e-3 (at the light net's 3e-3 two of three fold nets
	 * fell to a constant output in their first epoch), up to {@link #HALF_RESOLUTION_EPOCHS} epochs with patience
	 * {@link #HALF_RESOLUTION_PATIENCE} (its epochs take about as long as the light net's).
	 */
	static final UNet.Settings HALF_RESOLUTION_NET = new UNet.Settings(2, 1, 1, 4, 8, 7, 1e-3);
	static final int HALF_RESOLUTION_EPOCHS = 80, HALF_RESOLUTION_PATIENCE = 15;
	static final long[] FINAL_TRAIN = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }, FINAL_VALIDATION = { 17, 18, 19, 20 };
	/** Vesicle rules (smallest presynaptic density, density ratio): off, or searched in the diagnostic. */
	static final double[][] NO_VESICLE_RULES = { { 0, 1 } };
	static final double[][] VESICLE_RULES = { { 0, 1 }, { 0, 1.5 }, { 0, 2 }, { 0, 3 }, { 0.02, 1 }, { 0.05, 1 },
			{ 0.1, 1 }, { 0.05, 1.5 }, { 0.1, 2 } };

	private SynapseFoldProtocol() {}

	public static void main(String[] args) throws IOException {
		Path work = Path.of(args[0]);
		StoredModel finalCleft = ModelFiles.load(Path.of(args[1]), SynapseMaps.CLEFT, 1);
		StoredModel vesicle = ModelFiles.load(Path.of(args[2]), SynapseMaps.VESICLE, 1);
		Duration limit = Duration.ofMinutes(args.length > 3 ? Long.parseLong(args[3]) : 12);
		boolean diagnostic = args.length > 4 && args[4].equals("gt-vesicles") || args.length > 5 && args[5].equals("gt-vesicles");
		boolean averaged = args.length > 4 && args[4].equals("averaged");
		double movingAverage = args.length > 4 && args[4].equals("moving-average") ? MOVING_AVERAGE_DECAY : 0;
		String mode = args.length > 4 ? args[4] : "plain";
		boolean ensemble = mode.equals("ensemble");
		boolean coarseEnsemble = mode.equals("coarse-ensemble");
		int downsampling = mode.equals("half-resolution") || coarseEnsemble ? 2 : mode.equals("quarter-resolution") ? 4 : 1;
		int partner = ensemble ? 2 : coarseEnsemble ? 4 : 0;
		boolean coarse = downsampling > 1;
		boolean developmentOnly = args.length > 5 && args[5].equals("development-only");
		long[] thresholds = averaged || movingAverage > 0 || coarse || ensemble || developmentOnly ? LOW_THRESHOLDS_X100 : THRESHOLDS_X100;
		String suffix = movingAverage > 0 ? "-moving-average" : resolutionSuffix(downsampling);
		try {
			Volume<UnsignedByteType> raw = SynapseData.raw("epfl");
			RandomAccessibleInterval<UnsignedByteType> psd = SynapseData.mask("epfl", "cleft").data();
			List<Volume<UnsignedByteType>> heldOutRaw = new ArrayList<>();
			List<ArrayImg<FloatType, ?>> heldOutMaps = new ArrayList<>();
			for (int f = 0; f < FOLDS.length; f++) {
				long[] trainZ = others(f), foldZ = FOLDS[f];
				StoredModel net = foldNet(work.resolve("fold-" + (f + 1) + suffix), raw, psd, trainZ, foldZ, limit, movingAverage, downsampling);
				if (averaged)
					net = averaged(net, work.resolve("fold-" + (f + 1) + "-averaged"), raw, psd, trainZ, foldZ);
				Volume<UnsignedByteType> r = new Volume<>(stack(raw.data(), foldZ), SynapseExperiment.EPFL_VOXEL);
				ArrayImg<FloatType, ?> map = ArrayImgs.floats(r.data().dimensionsAsLongArray());
				SynapseMaps.predict(net, r, map, SynapseExperiment.POOL, 2);
				if (partner > 0)
					addMean(map, foldNet(work.resolve("fold-" + (f + 1) + resolutionSuffix(partner)), raw, psd, trainZ, foldZ, limit, 0,
							partner), r);
				heldOutRaw.add(r);
				heldOutMaps.add(map);
				System.out.printf(Locale.ROOT, "fold %d (sections %s): held-out pixel PSD F1@0.5 %.3f AUC %.3f%n", f + 1,
						Arrays.toString(foldZ), SynapseExperiment.pixel(map, stack(psd, foldZ)).f1(0.5),
						SynapseExperiment.pixel(map, stack(psd, foldZ)).auc());
			}
			long[] dev = concat(FOLDS);
			Volume<UnsignedByteType> devRaw = new Volume<>(stack(raw.data(), dev), SynapseExperiment.EPFL_VOXEL);
			ArrayImg<FloatType, ?> devMap = concatSections(heldOutMaps);
			SynapseProtocol.Part devPart = SynapseProtocol.Part.of("development 0-20, out-of-fold", devRaw, stack(psd, dev),
					stack(SynapseData.mask("epfl", "vesicle").data(), dev));
			if (diagnostic) {
				ArrayImg<FloatType, ?> gtVesicles = ArrayImgs.floats(devMap.dimensionsAsLongArray());
				LoopBuilder.setImages(devPart.vesicles(), gtVesicles).forEachPixel((a, b) -> b.set(a.get() > 0 ? 1 : 0));
				System.out.println("without vesicle rules: " + choose(devPart, devMap, SynapseExperiment.ones(devMap.dimensionsAsLongArray()),
						NO_VESICLE_RULES, THRESHOLDS_X100));
				System.out.println("with ground-truth vesicles: " + choose(devPart, devMap, gtVesicles, VESICLE_RULES, THRESHOLDS_X100));
				return;
			}
			SynapseProtocol.Choice choice = choose(devPart, devMap, SynapseExperiment.ones(devMap.dimensionsAsLongArray()),
					NO_VESICLE_RULES, thresholds);
			System.out.println("chosen on the out-of-fold maps (" + devPart.objects() + " PSD objects): " + choice);
			if (developmentOnly)
				return;

			if (averaged)
				finalCleft = averaged(finalCleft, work.resolve("final-averaged"), raw, psd, FINAL_TRAIN, FINAL_VALIDATION);
			if (movingAverage > 0)
				finalCleft = foldNet(work.resolve("final-moving-average"), raw, psd, FINAL_TRAIN, FINAL_VALIDATION, limit, movingAverage, 1);
			if (coarse)
				finalCleft = foldNet(work.resolve("final" + resolutionSuffix(downsampling)), raw, psd, FINAL_TRAIN, FINAL_VALIDATION, limit,
						0, downsampling);
			SynapseProtocol.Part test = SynapseProtocol.Part.of("test 21-26", SynapseProtocol.TEST_FIRST, SynapseProtocol.TEST_LAST);
			long[] dims = test.raw().data().dimensionsAsLongArray();
			ArrayImg<FloatType, ?> c = ArrayImgs.floats(dims), v = ArrayImgs.floats(dims);
			SynapseMaps.predict(finalCleft, test.raw(), c, SynapseExperiment.POOL, 2);
			if (partner > 0)
				addMean(c, foldNet(work.resolve("final" + resolutionSuffix(partner)), raw, psd, FINAL_TRAIN, FINAL_VALIDATION, limit, 0,
						partner), test.raw());
			SynapseMaps.predict(vesicle, test.raw(), v, SynapseExperiment.POOL, 2);
			ArrayImg<UnsignedIntType, ?> labels = ArrayImgs.unsignedInts(dims);
			List<DetectedSynapse> found = SynapseRules.detect(c, v, null, test.raw().voxelSize(), choice.settings(), labels);
			System.out.println("TEST 21-26 (" + test.objects() + " PSD objects), " + found.size() + " detections: "
					+ SynapseDetection.score(labels, test.truth(), SynapseExperiment.MIN_OVERLAP).toJson());
		} finally {
			SynapseExperiment.POOL.shutdownNow();
		}
	}

	/** Development sections outside fold f. */
	static long[] others(int f) {
		List<long[]> rest = new ArrayList<>();
		for (int g = 0; g < FOLDS.length; g++)
			if (g != f)
				rest.add(FOLDS[g]);
		return concat(rest.toArray(long[][]::new));
	}

	static long[] concat(long[]... parts) {
		return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
	}

	/** The given sections (z indices) of a volume, copied into one stack in that order. */
	static ArrayImg<UnsignedByteType, ?> stack(RandomAccessibleInterval<UnsignedByteType> v, long[] zs) {
		ArrayImg<UnsignedByteType, ?> out = ArrayImgs.unsignedBytes(v.dimension(0), v.dimension(1), zs.length);
		for (int i = 0; i < zs.length; i++)
			LoopBuilder.setImages(Views.hyperSlice(v, 2, zs[i]), Views.hyperSlice(out, 2, i)).forEachPixel((a, b) -> b.set(a));
		return out;
	}

	static ArrayImg<FloatType, ?> concatSections(List<ArrayImg<FloatType, ?>> maps) {
		long n = maps.stream().mapToLong(m -> m.dimension(2)).sum();
		ArrayImg<FloatType, ?> out = ArrayImgs.floats(maps.get(0).dimension(0), maps.get(0).dimension(1), n);
		long z = 0;
		for (ArrayImg<FloatType, ?> m : maps)
			for (long i = 0; i < m.dimension(2); i++, z++)
				LoopBuilder.setImages(Views.hyperSlice(m, 2, i), Views.hyperSlice(out, 2, z)).forEachPixel((a, b) -> b.set(a));
		return out;
	}

	/** Replaces {@code map} by the mean of it and {@code net}'s map of {@code raw} (a two-net ensemble). */
	static void addMean(ArrayImg<FloatType, ?> map, StoredModel net, Volume<UnsignedByteType> raw) {
		ArrayImg<FloatType, ?> other = ArrayImgs.floats(map.dimensionsAsLongArray());
		SynapseMaps.predict(net, raw, other, SynapseExperiment.POOL, 2);
		LoopBuilder.setImages(map, other).forEachPixel((a, b) -> a.set((a.get() + b.get()) / 2));
	}

	/** The folder suffix of the nets of an input downsampling: none, {@code -half-resolution}, {@code -quarter-resolution}. */
	static String resolutionSuffix(int downsampling) {
		return downsampling == 1 ? "" : downsampling == 2 ? "-half-resolution" : "-quarter-resolution";
	}

	/**
	 * Trains (or loads, when its folder holds a finished run) the PSD net of one fold: the light net, or with an input
	 * downsampling of 2 or 4 the coarse one ({@link #HALF_RESOLUTION_NET}) on 2 x 2- or 4 x 4-averaged sections.
	 */
	static StoredModel foldNet(Path folder, Volume<UnsignedByteType> raw, RandomAccessibleInterval<UnsignedByteType> psd,
			long[] trainZ, long[] foldZ, Duration limit, double movingAverage, int downsampling) throws IOException {
		boolean coarse = downsampling > 1;
		Path done = folder.resolve("best.zip");
		if (Files.exists(folder.resolve("finished")))
			return ModelFiles.load(done, SynapseMaps.CLEFT, 1);
		long[] order = concat(trainZ, foldZ);
		Volume<UnsignedByteType> r = new Volume<>(stack(raw.data(), order), SynapseExperiment.EPFL_VOXEL);
		ArrayImg<UnsignedByteType, ?> m = stack(psd, order);
		UNet.Settings net = coarse ? HALF_RESOLUTION_NET : LIGHT_NET;
		ModelInfo template = new ModelInfo(1, SynapseMaps.CLEFT, 2, 1, List.of(SynapseMaps.CLEFT),
				ModelInfo.Normalization.UNIT_RANGE, r.voxelSize(), new int[] { 64, 64 },
				ReceptiveField.of(UNet.configuration(net), 2).size(), net.sizeMultiple(),
				new ModelInfo.Training("epfl PSD, fold held out: sections " + Arrays.toString(foldZ),
						"SynapseFoldProtocol " + folder), Map.of()).withInputDownsampling(downsampling);
		MembraneTrainer.Settings s = new MembraneTrainer.Settings(64, 8, net.learningRate(), coarse ? HALF_RESOLUTION_EPOCHS : 40,
				40, foldZ.length, coarse ? HALF_RESOLUTION_PATIENCE : 8, 11, 0.05, folder, limit, 1, 1, movingAverage);
		StoredModel trained = new MembraneTrainer(s).train(UNet.create(net), template, r, m, p -> System.out.printf(
				Locale.ROOT, "  %s epoch %d loss %.4f held-out F1 %.4f AUC %.4f%n", folder.getFileName(), p.epoch(),
				p.loss(), p.validationF1(), p.validationAuc()), SynapseExperiment.POOL);
		Files.writeString(folder.resolve("finished"), "");
		return ModelFiles.load(done, SynapseMaps.CLEFT, 1);
	}

	/**
	 * Continues a net on the training sections for {@link #AVERAGED_EPOCHS} epochs and returns the mean of its weights
	 * after each epoch (saved as {@code averaged.zip} in the folder, reused when present).
	 */
	static StoredModel averaged(StoredModel start, Path folder, Volume<UnsignedByteType> raw,
			RandomAccessibleInterval<UnsignedByteType> psd, long[] trainZ, long[] validationZ) throws IOException {
		Path out = folder.resolve("averaged.zip");
		if (Files.exists(out))
			return ModelFiles.load(out, SynapseMaps.CLEFT, 1);
		long[] order = concat(trainZ, validationZ);
		Volume<UnsignedByteType> r = new Volume<>(stack(raw.data(), order), SynapseExperiment.EPFL_VOXEL);
		ComputationGraph net = start.network().clone();
		INDArray[] sum = { null };
		int[] n = { 0 };
		MembraneTrainer.Settings s = new MembraneTrainer.Settings(64, 8, AVERAGED_RATE, AVERAGED_EPOCHS, 40, validationZ.length,
				AVERAGED_EPOCHS + 1, 13, 0.05, folder, null);
		new MembraneTrainer(s).train(net, start.info(), r, stack(psd, order), p -> {
			sum[0] = sum[0] == null ? net.params().dup() : sum[0].addi(net.params());
			n[0]++;
			System.out.printf(Locale.ROOT, "  %s epoch %d loss %.4f held-out F1 %.4f AUC %.4f%n", folder.getFileName(), p.epoch(),
					p.loss(), p.validationF1(), p.validationAuc());
		}, SynapseExperiment.POOL);
		net.setParams(sum[0].divi(n[0]));
		ModelFiles.save(out, net, start.info(), false);
		return ModelFiles.load(out, SynapseMaps.CLEFT, 1);
	}

	/**
	 * The rule setting with the best object F1 on a part, ties to the first in grid order, over the given vesicle rules
	 * ({minimum density, ratio} pairs; with an all-ones vesicle map and {0, 1} nothing is rejected for want of vesicles).
	 */
	static SynapseProtocol.Choice choose(SynapseProtocol.Part p, ArrayImg<FloatType, ?> cleft,
			RandomAccessibleInterval<FloatType> vesicles, double[][] vesicleRules, long[] thresholdsX100) {
		long[] dims = p.raw().data().dimensionsAsLongArray();
		ArrayImg<UnsignedIntType, ?> labels = ArrayImgs.unsignedInts(dims), kept = ArrayImgs.unsignedInts(dims);
		SynapseProtocol.Choice best = new SynapseProtocol.Choice(null, -1, 0);
		double sum = 0;
		int n = 0;
		for (long t100 : thresholdsX100)
			for (double low : LOW)
				for (double e : ELONGATION)
					for (double[] v : vesicleRules) {
						double t = t100 / 100.0;
						if (low < 1 && low >= t)
							continue;
						SynapseRules.Settings s = new SynapseRules.Settings(t, MIN_SIZES[0], Long.MAX_VALUE, e, 150, v[0], v[1], false,
								Math.min(low, t));
						List<DetectedSynapse> found = SynapseRules.detect(cleft, vesicles, null, p.raw().voxelSize(), s, labels);
						for (long max : MAX_SIZES)
							for (long min : MIN_SIZES) {
								keepSizes(labels, kept, found, min, max);
								double f1 = SynapseDetection.score(kept, p.truth(), SynapseExperiment.MIN_OVERLAP).f1();
								sum += f1;
								n++;
								if (f1 > best.f1())
									best = new SynapseProtocol.Choice(new SynapseRules.Settings(t, min, max, e, 150, v[0], v[1],
											false, Math.min(low, t)), f1, 0);
							}
					}
		return new SynapseProtocol.Choice(best.settings(), best.f1(), sum / n);
	}

	/** Copies the detections whose cleft has min..max voxels. */
	static void keepSizes(ArrayImg<UnsignedIntType, ?> labels, ArrayImg<UnsignedIntType, ?> kept, List<DetectedSynapse> found,
			long min, long max) {
		var c = labels.cursor();
		var k = kept.cursor();
		while (c.hasNext()) {
			int id = c.next().getInteger();
			long size = id > 0 ? found.get(id - 1).cleftVoxels() : 0;
			k.next().setInteger(id > 0 && size >= min && size <= max ? id : 0);
		}
	}
}
