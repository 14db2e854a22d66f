package connectomej.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.metrics.JsonObject;
import connectomej.metrics.SegmentationScores;
import connectomej.metrics.SynapseScores;
import connectomej.metrics.TableRow;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej evaluate}: scores a segmentation and / or detected synapses against ground truth, prints a
 * table and writes the scores as JSON. Every input is read and checked before anything is written.
 */
@Command(name = "evaluate", description = "Score a segmentation and/or synapses against ground truth.")
final class EvaluateSubcommand implements Callable<Integer> {

	@Option(names = "--seg", paramLabel = "LOCATION", description = "segmentation labels (file.tif, folder, file.h5:/dataset, volume.n5:/segments, data.zarr:/labels)")
	String seg;

	@Option(names = "--gt", paramLabel = "LOCATION", description = "ground-truth neuron labels, 0 = boundary / unlabelled")
	String gt;

	@Option(names = "--synapses", paramLabel = "LOCATION", description = "detected synapse objects (labels)")
	String synapses;

	@Option(names = "--synapses-gt", paramLabel = "LOCATION", description = "ground-truth synapse objects (labels)")
	String synapsesGt;

	@Option(names = "--min-overlap", defaultValue = "1", description = "voxels of overlap for a synapse to count as found (default ${DEFAULT-VALUE})")
	long minOverlap;

	@Option(names = { "-o", "--json" }, paramLabel = "FILE", description = "write the scores as JSON to this file")
	Path json;

	@Override
	public Integer call() throws Exception {
		if ((seg == null) != (gt == null) || (synapses == null) != (synapsesGt == null) || (seg == null && synapses == null))
			throw new BadInputException(null, "give --seg with --gt, and/or --synapses with --synapses-gt");
		OptionRanges.atLeast("--min-overlap", minOverlap, 1);
		JsonObject out = new JsonObject();
		List<TableRow> rows = new ArrayList<>();
		if (seg != null) {
			SegmentationScores s = SegmentationScores.evaluate(labels(seg, gt, false), labels(gt, seg, true));
			out.raw("segmentation", s.toJson());
			rows.addAll(s.toTableRows());
		}
		if (synapses != null) {
			SynapseScores s = SynapseScores.evaluate(labels(synapses, synapsesGt, false), labels(synapsesGt, synapses, true), minOverlap);
			out.raw("synapses", s.toJson());
			rows.addAll(s.toTableRows());
		}
		System.out.print(TableRow.format(rows));
		if (json != null)
			AtomicFiles.write(json, tmp -> java.nio.file.Files.writeString(tmp, out + "\n"));
		return 0;
	}

	/**
	 * Reads {@code location} as labels, checking its shape against {@code other}'s; ground truth must label something.
	 */
	private static RandomAccessibleInterval<? extends IntegerType<?>> labels(String location, String other, boolean groundTruth) throws Exception {
		Path file = VolumeLocation.parse(location).file();
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		RandomAccessibleInterval<? extends IntegerType<?>> l = LabelVolumes.of(v.data(), file);
		Volume<? extends RealType<?>> o = VolumeFiles.read(other);
		if (!Intervals.equalDimensions(v.data(), o.data()))
			throw new BadInputException(file, "shape " + shape(v) + " does not match " + other + " (" + shape(o) + ")");
		if (groundTruth)
			LabelVolumes.requireSomeLabel(l, file);
		return l;
	}

	private static String shape(Volume<?> v) {
		return v.width() + " x " + v.height() + " x " + v.depth() + " (x, y, z)";
	}
}
