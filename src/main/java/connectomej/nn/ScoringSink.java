package connectomej.nn;

import java.io.IOException;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import connectomej.io.SectionSink;

/**
 * Passes predicted sections on to another sink and scores them on the way against membrane labels
 * ({@link PixelMetrics}: F1 and ROC AUC), so a prediction streamed to disk is evaluated without reading it back.
 */
public final class ScoringSink implements SectionSink {

	private final SectionSink target;
	private final RandomAccessibleInterval<? extends IntegerType<?>> labels;
	private final Long membraneValue;
	private final PixelMetrics metrics = new PixelMetrics();
	private long nextZ;

	/**
	 * @param target where the sections go on to; may be null to only score
	 * @param labels labels of the predicted volume, same dimensions, axes x, y, z
	 * @param membraneValue label value meaning membrane, or null for "every non-zero label"
	 */
	public ScoringSink(SectionSink target, RandomAccessibleInterval<? extends IntegerType<?>> labels, Long membraneValue) {
		this.target = target;
		this.labels = Views.zeroMin(labels);
		this.membraneValue = membraneValue;
	}

	@Override
	public void append(RandomAccessibleInterval<FloatType> sections) throws IOException {
		long depth = sections.dimension(2);
		var truth = Views.interval(labels, new long[] { 0, 0, nextZ },
				new long[] { labels.max(0), labels.max(1), nextZ + depth - 1 });
		Cursor<FloatType> p = Views.flatIterable(sections).cursor();
		Cursor<? extends IntegerType<?>> l = Views.flatIterable(truth).cursor();
		while (p.hasNext()) {
			long label = l.next().getIntegerLong();
			metrics.add(p.next().get(), membraneValue == null ? label != 0 : label == membraneValue);
		}
		nextZ += depth;
		if (target != null)
			target.append(sections);
	}

	/** The scores of the sections appended so far. */
	public PixelMetrics metrics() {
		return metrics;
	}

	@Override
	public void commit() throws IOException {
		if (target != null)
			target.commit();
	}

	@Override
	public void close() throws IOException {
		if (target != null)
			target.close();
	}
}
