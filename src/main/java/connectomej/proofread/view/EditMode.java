package connectomej.proofread.view;

/** What a click on the image does. */
public enum EditMode {
	/** Clicks belong to the current ImageJ tool (zoom, pan, selections). */
	NAVIGATE,
	/** Two clicks on two segments merge the second into the first. */
	MERGE,
	/** Two clicks inside one segment are the seeds of a split; the second seed's part gets a new id. */
	SPLIT
}
