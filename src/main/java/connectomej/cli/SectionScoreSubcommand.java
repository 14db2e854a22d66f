package connectomej.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import connectomej.io.AtomicFiles;
import connectomej.io.BadInputException;
import connectomej.io.LabelVolumes;
import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.metrics.ForegroundRestrictedScores;
import connectomej.metrics.TableRow;
import connectomej.segment.BoundaryFilling;
import connectomej.segment.SectionComponents;
import connectomej.volume.Volume;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code connectomej section-score}: the ISBI 2012 challenge's evaluation of a membrane probability map. Each section
 * is segmented by a threshold and 2D connected components (or a given segmentation is taken as it is), the
 * ground-truth membrane mask by its 2D components, and V_rand and V_info are averaged over sections.
 */
@Command(name = "section-score", description = "ISBI 2012 scores (V_rand, V_info) of a membrane map (threshold + 2D connected components per section) or of a segmentation.")
final class SectionScoreSubcommand implements Callable<Integer> {

	@Option(names = "--prob", paramLabel = "LOCATION", description = "membrane probabilities in [0, 1] (high = membrane)")
	String prob;

	@Option(names = "--seg", paramLabel = "LOCATION", description = "score this segmentation (labels > 0, per section) instead of a thresholded --prob")
	String seg;

	@Option(names = "--write-gt", paramLabel = "LOCATION", description = "also write the ground truth's 2D components (the labels scored against), e.g. for segment --gt-for-threshold")
	String writeGt;

	@Option(names = "--membrane-gt", required = true, paramLabel = "LOCATION", description = "ground-truth membrane mask")
	String gt;

	@Option(names = "--membrane-value", defaultValue = "0", description = "value of membrane pixels in the ground truth (ISBI: 0), default ${DEFAULT-VALUE}")
	double membraneValue;

	@Option(names = "--gt-sections", paramLabel = "FIRST-LAST", description = "sections of the ground truth that the map covers, e.g. 20-24")
	String gtSections;

	@Option(names = "--threshold", defaultValue = "0.5", split = ",", description = "membrane threshold(s), default ${DEFAULT-VALUE}")
	double[] thresholds;

	@Option(names = "--grow", description = "grow the components over the boundary pixels by a per-section seeded watershed on the map, so no boundary pixel is left (the challenge thinned boundaries instead)")
	boolean grow;

	@Option(names = "--min-size", defaultValue = "0", paramLabel = "PIXELS", description = "with --grow: components smaller than this are dropped before growing, default ${DEFAULT-VALUE}")
	int minSize;

	@Option(names = { "-o", "--json" }, paramLabel = "FILE", description = "write the scores as JSON")
	Path json;

	@Override
	public Integer call() throws Exception {
		if ((prob == null) == (seg == null))
			throw new BadInputException(null, "give exactly one of --prob (a membrane map) and --seg (a segmentation)");
		OptionRanges.probabilities("--threshold", thresholds);
		OptionRanges.atLeast("--min-size", minSize, 0);
		if (writeGt != null)
			VolumeFiles.requireWritable(writeGt, prob, seg, gt);
		String scored = prob != null ? prob : seg;
		Volume<? extends RealType<?>> p = VolumeFiles.read(scored);
		RandomAccessibleInterval<? extends RealType<?>> g = sections(VolumeFiles.read(gt).data());
		if (!Intervals.equalDimensions(p.data(), g))
			throw new BadInputException(VolumeLocation.parse(scored).file(), "shape does not match the ground truth sections " + gt);
		var gtLabels = ArrayImgs.unsignedLongs(p.dimensions());
		SectionComponents.label(g, v -> v != membraneValue, gtLabels);
		if (writeGt != null)
			VolumeFiles.write(new Volume<>(gtLabels, p.voxelSize()), writeGt);
		List<TableRow> rows = new ArrayList<>();
		StringBuilder js = new StringBuilder("{");
		if (seg != null) {
			ForegroundRestrictedScores s = ForegroundRestrictedScores.meanOverSections(
					LabelVolumes.of(Views.zeroMin(p.data()), VolumeLocation.parse(seg).file()), gtLabels);
			rows.addAll(s.toTableRows());
			js.append("\"segmentation\": ").append(s.toJson());
		}
		for (double t : prob != null ? thresholds : new double[0]) {
			var segmented = ArrayImgs.unsignedLongs(p.dimensions());
			SectionComponents.label(Views.zeroMin(p.data()), v -> v < t, segmented);
			if (grow)
				BoundaryFilling.grow(Views.zeroMin(p.data()), minSize, segmented);
			ForegroundRestrictedScores s = ForegroundRestrictedScores.meanOverSections(segmented, gtLabels);
			rows.add(new TableRow("threshold", t, ""));
			rows.addAll(s.toTableRows());
			js.append(js.length() > 1 ? ", " : "").append("\"").append(t).append("\": ").append(s.toJson());
		}
		System.out.print(TableRow.format(rows));
		if (json != null)
			AtomicFiles.write(json, tmp -> Files.writeString(tmp, js + "}\n"));
		return 0;
	}

	private RandomAccessibleInterval<? extends RealType<?>> sections(RandomAccessibleInterval<? extends RealType<?>> all) {
		if (gtSections == null)
			return Views.zeroMin(all);
		String[] r = gtSections.split("-");
		long first = Long.parseLong(r[0].trim()), last = Long.parseLong(r[r.length - 1].trim());
		if (first < 0 || last >= all.dimension(2) || first > last)
			throw new BadInputException(VolumeLocation.parse(gt).file(), "sections " + gtSections + " outside 0-" + (all.dimension(2) - 1));
		return Views.zeroMin(Views.interval(all, new long[] { all.min(0), all.min(1), first }, new long[] { all.max(0), all.max(1), last }));
	}
}
