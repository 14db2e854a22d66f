package connectomej.proofread.view;

import java.awt.EventQueue;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import connectomej.proofread.ProofreadSession;
import connectomej.proofread.ReviewCandidate;
import ij.IJ;
import ij.ImagePlus;
import ij.gui.StackWindow;
import ij.measure.Calibration;

/**
 * The proofreading viewer: an ImageJ stack window over the session's sections (read on demand) with the overlay of
 * the shown section, the review queue in a side window, and the {@link ProofreadAction} keys. Clicks and keys become
 * calls on the {@link ProofreadSession}; after each edit the overlay and the queue are redrawn from the session.
 * Closing the image window closes the side window and the orthogonal views (and the session, if the viewer owns it).
 */
public final class ProofreadViewer {

	private final ProofreadSession session;
	private final ViewerState state = new ViewerState();
	private final SectionOverlays overlays;
	private final SessionStack stack;
	private final ImagePlus image;
	private final StackWindow window;
	private final JFrame side;
	private final CandidatePanel panel;
	private final ViewerActions actions;
	private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();
	private long selectedCandidate;

	private ProofreadViewer(ProofreadSession session, String title) {
		this.session = session;
		this.overlays = new SectionOverlays(session, state);
		this.stack = new SessionStack(session, overlays);
		this.image = new ImagePlus(title, stack);
		calibrate(image, session);
		ClickController clicks = new ClickController(session, state);
		this.actions = new ViewerActions(this, clicks);
		this.window = new StackWindow(image, new ProofreadCanvas(image, state, actions::click));
		this.panel = new CandidatePanel(actions::goTo, actions::markReviewed);
		this.side = sideWindow(panel, title);
		ProofreadKeys.install(window.getCanvas(), actions::perform);
		ProofreadKeys.install(window, actions::perform);
		session.addChangeListener(this::sessionChanged);
		state.addListener(this::stateChanged);
		refreshQueue();
		stateChanged();
	}

	/**
	 * Opens the viewer on a session (call from any thread; the windows are built on the event thread).
	 *
	 * @param ownsSession whether closing the window closes the session
	 */
	public static ProofreadViewer open(ProofreadSession session, String title, boolean ownsSession) {
		ProofreadViewer[] made = new ProofreadViewer[1];
		onEventThread(() -> made[0] = new ProofreadViewer(session, title));
		ProofreadViewer viewer = made[0];
		onEventThread(viewer::showSide);
		viewer.window.addWindowListener(new WindowAdapter() {
			@Override
			public void windowClosed(WindowEvent e) {
				viewer.closed(ownsSession);
			}
		});
		return viewer;
	}

	/** The session being proofread. */
	public ProofreadSession session() {
		return session;
	}

	/** Edit mode, opacity, overlay visibility, current candidate and status message. */
	public ViewerState state() {
		return state;
	}

	/** The image shown (its stack is the session's sections). */
	public ImagePlus image() {
		return image;
	}

	/** The ImageJ window of the image. */
	public StackWindow window() {
		return window;
	}

	/** The side window with the review queue. */
	public Window sideWindow() {
		return side;
	}

	/** The overlays, for inspection of what is cached. */
	public SectionOverlays overlays() {
		return overlays;
	}

	/** The section shown, 0-based. */
	public int section() {
		return image.getCurrentSlice() - 1;
	}

	/** Runs a named action (what its key does), on the event thread; waits for it. */
	public void perform(ProofreadAction action) {
		onEventThread(() -> actions.perform(action));
	}

	/** Clicks at voxel (x, y) of the shown section, as a left click in the current mode does; waits for it. */
	public void click(int x, int y) {
		onEventThread(() -> actions.click(new int[] { x, y, section() }));
	}

	/** Shows section z (0-based), centred on (x, y) when zoomed in; waits for it. */
	public void goTo(int x, int y, int z) {
		onEventThread(() -> SectionNavigation.goTo(image, x, y, z));
	}

	/** The candidate list as the side panel shows it (row count). */
	public int listedCandidates() {
		return panel.rowCount();
	}

	/** Registers a callback run once the viewer has closed. */
	public void addCloseListener(Runnable onClose) {
		closeListeners.add(onClose);
	}

	/** Closes the viewer's windows. */
	public void close() {
		onEventThread(window::close);
	}

	/** Places the side window at the right of the image window, as tall as it (at least 300 pixels), and shows it. */
	void showSide() {
		// hidden while moved: without a window manager (Xvfb) a shown frame keeps its first size
		side.setVisible(false);
		side.setBounds(window.getX() + window.getWidth(), window.getY(), CandidatePanel.WIDTH, Math.max(300, window.getHeight()));
		side.setVisible(true);
	}

	GreyScale greyScale() {
		return stack.greyScale();
	}

	private void sessionChanged() {
		overlays.clear();
		EventQueue.invokeLater(() -> {
			refreshQueue();
			stateChanged();
		});
	}

	private void refreshQueue() {
		panel.setCandidates(session.candidates(), state.currentCandidate());
	}

	private void stateChanged() {
		try {
			image.setOverlay(overlays.forSection(section()));
			image.setHideOverlay(!state.overlayVisible());
		}
		catch (IOException e) {
			state.setMessage("could not read section " + section() + ": " + e.getMessage());
		}
		panel.setStatus(state.mode(), state.message());
		if (state.currentCandidate() != selectedCandidate) {
			selectedCandidate = state.currentCandidate();
			panel.select(selectedCandidate);
		}
		IJ.showStatus(state.message());
	}

	private void closed(boolean ownsSession) {
		side.dispose();
		actions.closeOrthogonalViews();
		if (ownsSession)
			try {
				session.close();
			}
			catch (IOException e) {
				IJ.log("ConnectomeJ: closing the session failed: " + e.getMessage());
			}
		closeListeners.forEach(Runnable::run);
	}

	private static JFrame sideWindow(CandidatePanel panel, String title) {
		JFrame frame = new JFrame("Review queue: " + title);
		frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
		frame.setContentPane(panel);
		frame.pack();
		return frame;
	}

	private static void calibrate(ImagePlus image, ProofreadSession session) {
		Calibration cal = image.getCalibration();
		cal.setUnit("nm");
		cal.pixelWidth = session.voxelSize().x();
		cal.pixelHeight = session.voxelSize().y();
		cal.pixelDepth = session.voxelSize().z();
	}

	static void onEventThread(Runnable r) {
		if (EventQueue.isDispatchThread()) {
			r.run();
			return;
		}
		try {
			EventQueue.invokeAndWait(r);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (java.lang.reflect.InvocationTargetException e) {
			Throwable cause = e.getCause();
			throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
		}
	}
}
