package connectomej.proofread.view;

import java.io.IOException;

import connectomej.proofread.ProofreadSession;

/**
 * Turns clicks on the image into session edits, by the edit mode: in merge mode the first click picks the segment
 * that keeps its id and the second the one it absorbs; in split mode both clicks are seeds inside one segment. Any
 * refusal (background, the same segment twice, seeds in different segments) becomes a status message.
 */
public final class ClickController {

	private final ProofreadSession session;
	private final ViewerState state;

	/** A controller that edits {@code session} and reports through {@code state}. */
	public ClickController(ProofreadSession session, ViewerState state) {
		this.session = session;
		this.state = state;
	}

	/**
	 * Handles a click at a voxel.
	 *
	 * @param x voxel column
	 * @param y voxel row
	 * @param z section, 0-based
	 * @return whether the click was used (false in navigate mode or outside the volume)
	 */
	public boolean click(int x, int y, int z) throws IOException {
		long[] d = session.dimensions();
		if (state.mode() == EditMode.NAVIGATE || x < 0 || y < 0 || z < 0 || x >= d[0] || y >= d[1] || z >= d[2])
			return false;
		long id = session.labelAt(x, y, z);
		int[] here = { x, y, z };
		if (id == 0) {
			state.setMessage("no segment at " + x + ", " + y + ", " + z);
			return true;
		}
		int[] first = state.pendingClick();
		if (first == null) {
			state.setPendingClick(here);
			state.setMessage((state.mode() == EditMode.MERGE ? "merge: keep " : "split: seed A in ") + id
				+ (state.mode() == EditMode.MERGE ? "; click the segment to join" : "; click seed B"));
			return true;
		}
		state.setPendingClick(null);
		long firstId = session.labelAt(first[0], first[1], first[2]);
		state.setMessage(state.mode() == EditMode.MERGE ? merge(firstId, id) : split(firstId, first, id, here));
		return true;
	}

	private String merge(long keep, long absorb) throws IOException {
		if (keep == absorb)
			return "merge: both clicks are on segment " + keep;
		try {
			session.merge(keep, absorb);
			return "merged " + absorb + " into " + keep;
		}
		catch (IllegalArgumentException e) {
			return "merge refused: " + e.getMessage();
		}
	}

	private String split(long segment, int[] seedA, long secondId, int[] seedB) throws IOException {
		if (secondId != segment)
			return "split: seed B lies in segment " + secondId + ", not in " + segment;
		try {
			long created = session.split(segment, seedA, seedB);
			return "split " + segment + ": new segment " + created;
		}
		catch (IllegalArgumentException e) {
			return "split refused: " + e.getMessage();
		}
	}
}
