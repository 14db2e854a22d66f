package connectomej.proofread.view;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import connectomej.proofread.JournaledSession;
import connectomej.proofread.ProofreadSession;
import connectomej.proofread.SessionInputs;
import ij.gui.ImageCanvas;
import ij.gui.ImageRoi;
import ij.gui.Overlay;

/**
 * Drives the viewer the way a person does, for {@code ProofreadViewerTest}: run in a child JVM under a virtual
 * display ({@code xvfb-run -a java ... ViewerScenario SESSION_ROOT}). Prints {@code key=value} lines: the viewer on
 * the sample with its overlay; a merge and a split by key presses and mouse clicks on the canvas, with undo and
 * redo, against a {@link JournaledSession}; a 1024 x 1024 x 100 volume scrolled, with the sections read.
 */
public final class ViewerScenario {

	private static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");

	private ViewerScenario() {}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]);
		sample(Files.createDirectories(root.resolve("opens")));
		clicks(Files.createDirectories(root.resolve("clicks")));
		large();
		System.out.println("done=true");
		System.exit(0);
	}

	static ProofreadSession openSample(Path folder) throws Exception {
		return JournaledSession.open(new SessionInputs(SAMPLE.resolve("raw.tif").toString(),
			SAMPLE.resolve("neuron_ids.tif").toString(), SAMPLE.resolve("membranes.tif").toString(), null, null, null), folder);
	}

	private static void sample(Path folder) throws Exception {
		ProofreadViewer v = ProofreadViewer.open(openSample(folder), "sample", true);
		v.goTo(128, 128, 16);
		Overlay o = v.image().getOverlay();
		print("sample.visible", v.window().isShowing());
		print("sample.side", v.sideWindow().isShowing());
		print("sample.section", v.section());
		print("sample.overlay_rois", o == null ? 0 : o.size());
		print("sample.segments_roi", o != null && o.size() > 0 && o.get(0) instanceof ImageRoi);
		print("sample.candidates_listed", v.listedCandidates());
		print("sample.candidates_session", v.session().candidates().size());
		v.close();
	}

	private static void clicks(Path folder) throws Exception {
		ProofreadViewer v = ProofreadViewer.open(openSample(folder), "clicks", true);
		ProofreadSession s = v.session();
		int z = 16;
		v.goTo(0, 0, z);
		int[][] pair = SectionProbe.touchingPair(s.labelSection(z), 256, 256);
		long keep = s.labelAt(pair[0][0], pair[0][1], z), absorb = s.labelAt(pair[1][0], pair[1][1], z);
		key(v, KeyEvent.VK_M, 0);
		click(v, pair[0]);
		click(v, pair[1]);
		print("merge.keep", keep);
		print("merge.absorb", absorb);
		print("merge.after", s.labelAt(pair[1][0], pair[1][1], z));
		print("merge.message", v.state().message());
		int[][] seeds = SectionProbe.farApartInLargest(s.labelSection(z), 256, 256);
		long segment = s.labelAt(seeds[0][0], seeds[0][1], z);
		key(v, KeyEvent.VK_S, 0);
		click(v, seeds[0]);
		click(v, seeds[1]);
		long created = s.labelAt(seeds[1][0], seeds[1][1], z);
		print("split.segment", segment);
		print("split.seed_a", s.labelAt(seeds[0][0], seeds[0][1], z));
		print("split.seed_b", created);
		print("split.message", v.state().message());
		key(v, KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK);
		print("undo.seed_b", s.labelAt(seeds[1][0], seeds[1][1], z));
		key(v, KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK);
		print("redo.seed_b", s.labelAt(seeds[1][0], seeds[1][1], z));
		EventQueue.invokeAndWait(() -> {});
		print("overlay.shows_edit", SectionProbe.colourAt(v.image().getOverlay(), seeds[1]) == SegmentColours.rgb(created));
		keys(v);
		v.close();
	}

	/** The other named actions, by their keys. */
	private static void keys(ProofreadViewer v) throws Exception {
		key(v, KeyEvent.VK_ESCAPE, 0);
		print("keys.mode", v.state().mode());
		key(v, KeyEvent.VK_O, 0);
		print("keys.overlay_hidden", v.image().getHideOverlay());
		key(v, KeyEvent.VK_O, 0);
		key(v, KeyEvent.VK_CLOSE_BRACKET, 0);
		print("keys.opacity", v.state().opacity());
		key(v, KeyEvent.VK_N, 0);
		var first = v.session().candidates().get(0);
		print("keys.next_is_first", v.state().currentCandidate() == first.id() && v.section() == first.location()[2]);
		key(v, KeyEvent.VK_R, 0);
		print("keys.reviewed", v.session().isReviewed(first.id()));
		EventQueue.invokeAndWait(() -> {});
		print("keys.listed_after_review", v.listedCandidates() == v.session().candidates().size());
		int windows = ij.WindowManager.getImageCount();
		key(v, KeyEvent.VK_V, 0);
		print("keys.orthogonal_views", ij.WindowManager.getImageCount() - windows);
		key(v, KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK);
		print("keys.saved", Files.exists(v.session().save().resolve(JournaledSession.LABELS)));
	}

	private static void large() throws Exception {
		FakeSession s = LargeVolumes.session();
		ProofreadViewer v = ProofreadViewer.open(s, "large", true);
		for (int slice : new int[] { 2, 3, 50, 51 })
			ProofreadViewer.onEventThread(() -> v.window().showSlice(slice));
		EventQueue.invokeAndWait(() -> {});
		print("large.section", v.section());
		print("large.raw_sections", new TreeSet<>(s.rawReads.keySet()));
		print("large.raw_reads", s.rawReadsTotal());
		print("large.label_sections", new TreeSet<>(s.labelReads.keySet()));
		print("large.cached", v.overlays().cachedSections());
		v.close();
		EventQueue.invokeAndWait(() -> {});
		EventQueue.invokeAndWait(() -> {});
		print("large.closed", s.closed);
	}

	private static void key(ProofreadViewer v, int keyCode, int modifiers) throws Exception {
		Component c = v.window().getCanvas();
		EventQueue.invokeAndWait(() -> c.dispatchEvent(
			new KeyEvent(c, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), modifiers, keyCode, KeyEvent.CHAR_UNDEFINED)));
	}

	private static void click(ProofreadViewer v, int[] xy) throws Exception {
		ImageCanvas c = v.window().getCanvas();
		int sx = c.screenX(xy[0]), sy = c.screenY(xy[1]);
		long t = System.currentTimeMillis();
		EventQueue.invokeAndWait(() -> {
			c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_PRESSED, t, InputEvent.BUTTON1_DOWN_MASK, sx, sy, 1, false, MouseEvent.BUTTON1));
			c.dispatchEvent(new MouseEvent(c, MouseEvent.MOUSE_RELEASED, t, 0, sx, sy, 1, false, MouseEvent.BUTTON1));
		});
	}

	private static void print(String key, Object value) {
		System.out.println(key + "=" + value);
	}
}
