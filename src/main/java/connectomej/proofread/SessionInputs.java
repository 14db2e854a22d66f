package connectomej.proofread;

import java.nio.file.Path;

/**
 * What a proofreading session reads. Volume locations are strings as elsewhere in the suite ({@code stack.tif},
 * a PNG or TIFF folder, {@code file.h5:/dataset}); optional entries are null.
 *
 * @param raw the EM volume
 * @param segments the segmentation to correct, same size as {@code raw}
 * @param membranes membrane probability map in [0, 1], same size, or null
 * @param synapses synapses CSV ({@link connectomej.synapse.DetectedSynapse#CSV_HEADER} columns), or null
 * @param mergeCandidates MergeNet candidates CSV ({@code MergeCandidates.table} columns), or null
 * @param uncertainty per-object uncertainty CSV ({@code ObjectUncertainty.table} columns), or null
 */
public record SessionInputs(String raw, String segments, String membranes, Path synapses, Path mergeCandidates,
		Path uncertainty) {

	/** Inputs with only the EM volume and the segmentation. */
	public static SessionInputs of(String raw, String segments) {
		return new SessionInputs(raw, segments, null, null, null, null);
	}
}
