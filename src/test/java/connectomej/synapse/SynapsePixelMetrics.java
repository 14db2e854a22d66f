package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import net.imglib2.img.array.ArrayImgs;

import connectomej.nn.ModelFiles;
import connectomej.nn.StoredModel;

/**
 * Pixel F1 at 0.5 and ROC AUC of light nets on EPFL sections (file order), against the PSD or vesicle mask:
 * {@code SynapsePixelMetrics TASK FIRST LAST MODEL...}, TASK {@code cleft} or {@code vesicle} (issue 5, session 3).
 */
public final class SynapsePixelMetrics {

	private SynapsePixelMetrics() {}

	public static void main(String[] args) throws IOException {
		boolean vesicle = args[0].equals("vesicle");
		SynapseProtocol.Part part = SynapseProtocol.Part.of("sections", Long.parseLong(args[1]), Long.parseLong(args[2]));
		try {
			for (int i = 3; i < args.length; i++) {
				StoredModel model = ModelFiles.load(Path.of(args[i]), vesicle ? SynapseMaps.VESICLE : SynapseMaps.CLEFT, 1);
				var map = ArrayImgs.floats(part.raw().data().dimensionsAsLongArray());
				SynapseMaps.predict(model, part.raw(), map, SynapseExperiment.POOL, 2);
				var m = SynapseExperiment.pixel(map, vesicle ? part.vesicles() : part.psd());
				System.out.printf(Locale.ROOT, "%s, sections %s-%s: pixel F1@0.5 %.3f AUC %.3f%n", args[i], args[1], args[2], m.f1(0.5), m.auc());
			}
		} finally {
			SynapseExperiment.POOL.shutdownNow();
		}
	}
}
