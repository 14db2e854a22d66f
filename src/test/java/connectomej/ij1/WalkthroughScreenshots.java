package connectomej.ij1;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;

/**
 * The screenshots of the README's Fiji walk-through, taken in plain ImageJ 1.x with the suite installed through its
 * {@code plugins.config}, on the bundled sample: the ConnectomeJ menu, a dialog built by {@link CommandBridge}, the
 * membrane probability map, the label image with its lookup table and the synapse point ROIs, and the results
 * tables. Every step runs the menu command by name, as a macro would. Run it under a virtual display (the README's
 * Screenshots section has the commands):
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/classes:$(cat target/test.cp) \
 *     connectomej.ij1.WalkthroughScreenshots docs target/walkthrough
 * </pre>
 */
public final class WalkthroughScreenshots {

	private static final Path SAMPLE = Path.of("sample-data", "synthetic-tem").toAbsolutePath();

	private final Path docs, work;
	private final Robot robot;

	private WalkthroughScreenshots(Path docs, Path work) throws Exception {
		this.docs = Files.createDirectories(docs);
		this.work = Files.createDirectories(work.toAbsolutePath());
		this.robot = new Robot();
	}

	/**
	 * Writes fiji-menu.png, fiji-dialog.png, fiji-probabilities.png, fiji-labels-synapses.png and fiji-tables.png.
	 *
	 * @param args the folder for the PNG files (docs), a scratch folder for the pipeline's outputs
	 */
	public static void main(String[] args) throws Exception {
		WalkthroughScreenshots shots = new WalkthroughScreenshots(Path.of(args[0]), Path.of(args[1]));
		shots.startImageJ();
		shots.menu();
		shots.dialog();
		shots.probabilities();
		shots.labelsAndSynapses();
		shots.tables();
		System.exit(0);
	}

	private void startImageJ() throws IOException {
		Path home = work.resolve("imagej");
		MacroBatchTest.writePluginJar(home);
		System.setProperty("plugins.dir", home.toString());
		ImageJ ij = new ImageJ();
		ij.setLocation(0, 0);
		settle(1500);
	}

	/** Plugins > ConnectomeJ, opened with the mouse. */
	private void menu() throws Exception {
		MenuClicks.open(robot, IJ.getInstance(), "Plugins", "ConnectomeJ");
		settle(800);
		save(capture(new Rectangle(0, 0, 700, 380)), "fiji-menu.png");
		MenuClicks.close(robot);
	}

	/** The dialog of Segment (Fast Pass), as built from the command's parameters; canceled after the shot. */
	private void dialog() throws Exception {
		Thread run = new Thread(WalkthroughScreenshots::segmentDialog);
		run.start();
		Window dialog = waitForWindow("Segment (Fast Pass)");
		dialog.setLocation(20, 20);
		settle(800);
		save(capture(dialog.getBounds()), "fiji-dialog.png");
		ij.gui.GenericDialog gd = (ij.gui.GenericDialog) dialog;
		java.awt.EventQueue.invokeLater(() -> gd.actionPerformed(new java.awt.event.ActionEvent(gd.getButtons()[1],
			java.awt.event.ActionEvent.ACTION_PERFORMED, "Cancel")));
		run.join(10_000);
	}

	/** Runs Segment (Fast Pass) from the menu; canceling its dialog ends the run. */
	private static void segmentDialog() {
		try {
			IJ.run("Segment (Fast Pass)");
		}
		catch (RuntimeException canceled) {
			System.out.println("dialog canceled: " + canceled.getMessage());
		}
	}

	/** File > Open Samples > ConnectomeJ Sample, then Predict Membranes: the EM next to the probability map. */
	private void probabilities() throws Exception {
		IJ.run("ConnectomeJ Sample (synthetic TEM)");
		WindowManager.getImage("sample neuron ids").close();
		ImagePlus raw = WindowManager.getImage("sample raw (synthetic TEM)");
		IJ.selectWindow(raw.getID());
		IJ.run("Predict Membranes", "output_file=[" + work.resolve("probabilities.tif") + "]");
		ImagePlus map = WindowManager.getCurrentImage();
		place(raw, 0, 100, 16);
		place(map, 300, 100, 16);
		save(capture(union(raw, map)), "fiji-probabilities.png");
	}

	/** Segment (Fast Pass) on the map, then Detect Synapses with the sample's cleft and vesicle masks as maps. */
	private void labelsAndSynapses() throws Exception {
		IJ.run("Segment (Fast Pass)", "threshold=0.38 seed_threshold=0.3 min_seed_distance=12 per_section skeletons output_folder=["
			+ work.resolve("segments") + "]");
		ImagePlus labels = WindowManager.getCurrentImage();
		IJ.run("Detect Synapses", "cleft_map=[" + SAMPLE.resolve("clefts.tif") + "] vesicle_map=[" + SAMPLE.resolve("vesicles.tif")
			+ "] segments=[" + segments() + "] output_folder=[" + work.resolve("synapses") + "]");
		ResultsTable synapses = ResultsTable.getResultsTable("synapses");
		place(labels, 0, 100, 1 + (int) Math.round(synapses.getValue("z", 0)));
		zoomTwiceAround(labels, synapses.getValue("x", 0), synapses.getValue("y", 0));
		ij.plugin.frame.RoiManager rois = ij.plugin.frame.RoiManager.getInstance();
		rois.select(labels, 0);
		rois.setBounds(labels.getWindow().getWidth() + 10, 100, 300, labels.getWindow().getHeight());
		rois.validate();
		settle(800);
		save(capture(labels.getWindow().getBounds().union(rois.getBounds())), "fiji-labels-synapses.png");
	}

	/** Shows the image at 200 %, its window unchanged, centred near (x, y) in pixels. */
	private void zoomTwiceAround(ImagePlus image, double x, double y) {
		ij.gui.ImageCanvas canvas = image.getCanvas();
		int w = image.getWidth() / 2, h = image.getHeight() / 2;
		int x0 = (int) Math.max(0, Math.min(image.getWidth() - w, x - w / 2.0));
		int y0 = (int) Math.max(0, Math.min(image.getHeight() - h, y - h / 2.0));
		canvas.setMagnification(2);
		canvas.setSourceRect(new Rectangle(x0, y0, w, h));
		canvas.repaint();
		settle(800);
	}

	/** Evaluate Segmentation against the sample's neuron ids; then the objects, synapses and scores tables. */
	private void tables() throws Exception {
		IJ.run("Evaluate Segmentation", "segmentation=[" + segments() + "] ground_truth=[" + SAMPLE.resolve("neuron_ids.tif")
			+ "] table_file=[" + work.resolve("scores.csv") + "]");
		IJ.run("Export for BigDataViewer", "xml_file=[" + work.resolve("bdv/sample.xml") + "] flavour=n5 em=["
			+ SAMPLE.resolve("raw.tif") + "] segments=[" + segments() + "]");
		for (ImagePlus image : openImages())
			image.getWindow().setVisible(false);
		place("objects", new Rectangle(0, 100, 620, 230));
		place("scores", new Rectangle(620, 100, 650, 230));
		place("synapses", new Rectangle(0, 330, 1270, 170));
		settle(800);
		save(capture(new Rectangle(0, 100, 1270, 400)), "fiji-tables.png");
	}

	/** Puts the table window {@code title} at {@code bounds}, scrolled to its first row. */
	private static void place(String title, Rectangle bounds) {
		ij.text.TextWindow table = (ij.text.TextWindow) WindowManager.getFrame(title);
		table.setBounds(bounds);
		table.validate();
		table.getTextPanel().scrollToTop();
		table.toFront();
	}

	private String segments() {
		return work.resolve("segments").resolve("segments.tif").toString();
	}

	private static ImagePlus[] openImages() {
		int[] ids = WindowManager.getIDList();
		ImagePlus[] images = new ImagePlus[ids == null ? 0 : ids.length];
		for (int i = 0; i < images.length; i++)
			images[i] = WindowManager.getImage(ids[i]);
		return images;
	}

	private void place(ImagePlus image, int x, int y, int slice) {
		image.setSlice(slice);
		image.getWindow().setLocation(x, y);
		image.getWindow().toFront();
		settle(800);
	}

	private static Rectangle union(ImagePlus a, ImagePlus b) {
		return a.getWindow().getBounds().union(b.getWindow().getBounds());
	}

	private Window waitForWindow(String title) {
		for (int i = 0; i < 200; i++) {
			for (Window w : Window.getWindows())
				if (w.isShowing() && w instanceof java.awt.Dialog d && title.equals(d.getTitle()))
					return w;
			settle(50);
		}
		throw new IllegalStateException("no window " + title);
	}

	private BufferedImage capture(Rectangle area) {
		return robot.createScreenCapture(area);
	}

	private void save(BufferedImage image, String name) throws IOException {
		Path file = docs.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		System.out.println(file + ": " + image.getWidth() + " x " + image.getHeight() + ", " + Files.size(file) / 1024 + " KB");
	}

	private void settle(int millis) {
		robot.waitForIdle();
		robot.delay(millis);
	}
}
