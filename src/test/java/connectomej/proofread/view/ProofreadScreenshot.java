package connectomej.proofread.view;

import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import connectomej.cli.Main;
import connectomej.proofread.JournaledSession;
import connectomej.proofread.SessionInputs;
import connectomej.synapse.SynapseFiles;
import connectomej.synapse.SynapseRules;

/**
 * Makes {@code docs/proofreading.png}: the viewer on the bundled sample with synapses detected by the suite's rules
 * and the review queue ranked by training-free uncertainty (shallow membrane net), captured from the screen. Run
 * under a virtual display, from the project root (see README, "Proofreading"):
 * {@code xvfb-run -a -s "-screen 0 1280x800x24" java -cp ... connectomej.proofread.view.ProofreadScreenshot docs/proofreading.png WORK_FOLDER}.
 * The uncertainty table is computed once into WORK_FOLDER and reused by later runs.
 */
public final class ProofreadScreenshot {

	private static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");

	private ProofreadScreenshot() {}

	public static void main(String[] args) throws Exception {
		Path png = Path.of(args[0]), work = Files.createDirectories(Path.of(args[1]));
		Path synapses = work.resolve("synapses");
		SynapseFiles.detect(sample("clefts.tif"), sample("vesicles.tif"), sample("neuron_ids.tif"),
			SynapseRules.Settings.defaults(), null).writeFolder(synapses);
		Path objects = work.resolve("uncertainty.csv");
		if (!Files.exists(objects) && Main.run("uncertainty", sample("raw.tif"), "--model", "src/main/resources/models/membrane-shallow.zip",
			"--segments", sample("neuron_ids.tif"), "--objects", objects.toString(), "-o",
			work.resolve("variance.tif").toString(), "--samples", "4", "--threads", "1") != 0)
			throw new IllegalStateException("uncertainty failed");
		SessionInputs inputs = new SessionInputs(sample("raw.tif"), sample("neuron_ids.tif"), sample("membranes.tif"),
			synapses.resolve("synapses.csv"), null, objects);
		ProofreadViewer v = ProofreadViewer.open(JournaledSession.open(inputs, work.resolve("session")), "sample", true);
		stage(v);
		capture(v, png);
		v.close();
		System.exit(0);
	}

	/**
	 * Zoomed to 2x (the whole section), at the top left of the screen, on the section of the first synapse, with the
	 * most urgent candidate near that section under review and merge mode armed.
	 */
	private static void stage(ProofreadViewer v) throws Exception {
		ProofreadViewer.onEventThread(() -> {
			var canvas = v.window().getCanvas();
			int w = v.image().getWidth(), h = v.image().getHeight();
			canvas.setMagnification(2);
			canvas.setSize(2 * w, 2 * h);
			canvas.setSourceRect(new Rectangle(0, 0, w, h));
			v.window().pack();
			v.window().setLocation(10, 10);
			v.showSide();
		});
		int z = v.session().synapses().isEmpty() ? 16 : (int) Math.round(v.session().synapses().get(0).z());
		v.goTo(128, 128, z);
		v.session().candidates().stream().filter(c -> Math.abs(c.location()[2] - z) <= 1).findFirst()
			.ifPresent(c -> ProofreadViewer.onEventThread(() -> v.state().setCurrentCandidate(c.id())));
		v.perform(ProofreadAction.MERGE_MODE);
		Thread.sleep(1500);
		EventQueue.invokeAndWait(() -> {});
	}

	private static void capture(ProofreadViewer v, Path png) throws Exception {
		Rectangle area = v.window().getBounds().union(v.sideWindow().getBounds());
		BufferedImage shot = new Robot().createScreenCapture(area);
		Path tmp = png.resolveSibling(png.getFileName() + ".tmp");
		ImageIO.write(shot, "png", tmp.toFile());
		Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("wrote " + png + " (" + Files.size(png) / 1024 + " KB, " + area.width + " x " + area.height + ")");
	}

	private static String sample(String file) {
		return SAMPLE.resolve(file).toString();
	}
}
