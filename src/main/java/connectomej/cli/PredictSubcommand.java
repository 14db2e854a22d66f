package connectomej.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.EightBitEm;
import connectomej.io.LabelVolumes;
import connectomej.io.SectionSink;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.metrics.JsonObject;
import connectomej.nn.MembraneMaps;
import connectomej.nn.MembranePredictor;
import connectomej.nn.PixelMetrics;
import connectomej.nn.ScoringSink;
import connectomej.nn.SectionBlockInference;
import connectomej.nn.StoredModel;
import connectomej.nn.TrainingSections;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code connectomej predict}: membrane probabilities of an EM volume, streamed block by block from the input to a
 * 32-bit float TIFF (or an HDF5 dataset); optionally scored against membrane labels.
 */
@Command(name = "predict", sortOptions = false, mixinStandardHelpOptions = true,
	description = "Predict membrane probabilities of an EM volume (32-bit float TIFF or HDF5 output).")
final class PredictSubcommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "INPUT", description = "EM volume (file.tif, PNG or TIFF folder, file.h5:/dataset)")
	String input;

	@Option(names = { "-o", "--output" }, paramLabel = "LOCATION", description = "probabilities to write: file.tif or file.h5:/dataset")
	String output;

	@picocli.CommandLine.Mixin
	VoxelSizeOption voxelSize = new VoxelSizeOption();

	@Option(names = "--model", paramLabel = "MODEL.zip", description = "model file (default: the shipped membrane model)")
	Path model;

	@Option(names = "--tile-size", defaultValue = "" + MembranePredictor.DEFAULT_TILE_SIZE, description = "tile core size in x and y, voxels (default ${DEFAULT-VALUE})")
	int tileSize;

	@Option(names = "--threads", description = "tiles predicted at once (default: available processors)")
	Integer threads;

	@Option(names = "--block-depth", defaultValue = "" + SectionBlockInference.DEFAULT_BLOCK_DEPTH, description = "sections held in memory at once (default ${DEFAULT-VALUE})")
	int blockDepth;

	@Option(names = "--dihedral", description = "average each tile over its 8 rotations and flips (test-time augmentation, 8x slower)")
	boolean dihedral;

	@Option(names = "--sections", paramLabel = "A-B", description = "predict only these z sections, e.g. 20-24")
	String sections;

	@Option(names = "--membrane-gt", paramLabel = "LOCATION", description = "membrane labels to score against (pixel F1 at 0.5, ROC AUC)")
	String membraneGt;

	@Option(names = "--membrane-value", paramLabel = "V", description = "label value meaning membrane in --membrane-gt (ISBI 2012: 0); default: every non-zero label")
	Long membraneValue;

	@Option(names = "--f1-threshold", split = ",", defaultValue = "0.5", paramLabel = "T", description = "with --membrane-gt: probability threshold(s) of the pixel F1, default ${DEFAULT-VALUE}; the first goes into --scores")
	double[] f1Thresholds;

	@Option(names = "--scores", paramLabel = "FILE.json", description = "write the scores as JSON")
	Path scores;

	@Override
	public Integer call() throws Exception {
		if (output == null && membraneGt == null)
			throw new BadInputException(null, "give -o LOCATION to write to, and/or --membrane-gt to score");
		int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
		MembraneMaps.Settings settings = new MembraneMaps.Settings(tileSize, blockDepth, n, dihedral);
		settings.check();
		voxelSize.given();
		OptionRanges.probabilities("--f1-threshold", f1Thresholds);
		if (output != null)
			VolumeFiles.requireWritable(output, input, membraneGt);
		StoredModel stored = MembraneMaps.loadModel(model);
		TerminalProgress progress = TerminalProgress.onStderr();
		try (SectionSource source = openInput(); SectionSink sink = openOutput(source)) {
			MembraneMaps.predict(source, stored, settings, sink, progress);
			sink.commit();
			progress.finishLine();
			if (sink instanceof ScoringSink s)
				report(s.metrics());
		} finally {
			progress.finishLine();
		}
		return 0;
	}

	private SectionSource openInput() throws IOException {
		SectionSource all = EightBitEm.open(input);
		if (sections == null)
			return all;
		TrainingSections.Range r = SectionRanges.parse(sections, "--sections", null);
		try {
			return SectionStreams.sections(all, r.first(), r.last());
		} catch (RuntimeException e) {
			all.close();
			throw e;
		}
	}

	private SectionSink openOutput(SectionSource source) throws IOException {
		VoxelSize size = voxelSize.given() != null ? voxelSize.given() : source.voxelSize();
		SectionSink file = output == null ? null : SectionStreams.create(output, source.dimensions(), size);
		if (membraneGt == null)
			return file;
		try {
			return new ScoringSink(file, labels(source), membraneValue);
		} catch (RuntimeException e) {
			if (file != null)
				file.close();
			throw e;
		}
	}

	/** The membrane labels for the predicted sections, checked against the input's shape. */
	private RandomAccessibleInterval<? extends IntegerType<?>> labels(SectionSource source) throws IOException {
		Path file = VolumeLocation.parse(membraneGt).file();
		Volume<? extends RealType<?>> v = VolumeFiles.read(membraneGt);
		long first = sections == null ? 0 : SectionRanges.parse(sections, "--sections", null).first();
		long[] d = source.dimensions();
		if (v.width() != d[0] || v.height() != d[1] || v.depth() < first + d[2])
			throw new BadInputException(file, "labels " + v.width() + " x " + v.height() + " x " + v.depth()
					+ " do not cover the predicted sections (" + d[0] + " x " + d[1] + " x " + d[2] + " from z = " + first + ")");
		var l = LabelVolumes.of(Views.zeroMin(v.data()), file);
		return Views.interval(l, new long[] { 0, 0, first }, new long[] { d[0] - 1, d[1] - 1, first + d[2] - 1 });
	}

	private void report(PixelMetrics m) throws IOException {
		for (double t : f1Thresholds)
			System.out.printf(Locale.ROOT, "membrane pixel F1 (p >= %s)  %.4f%n", t, m.f1(t));
		System.out.printf(Locale.ROOT, "membrane pixel ROC AUC        %.4f%n", m.auc());
		if (scores != null) {
			JsonObject json = new JsonObject().put("pixel_f1", m.f1(f1Thresholds[0])).put("f1_threshold", f1Thresholds[0]).put("pixel_auc", m.auc())
					.put("input", input).put("sections", sections == null ? "all" : sections);
			AtomicFiles.write(scores, tmp -> Files.writeString(tmp, json + "\n"));
		}
	}
}
