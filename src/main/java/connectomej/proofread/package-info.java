/**
 * Interactive proofreading without a user interface (issue 10): a {@link connectomej.proofread.ProofreadSession} over
 * an EM volume, its segmentation and optional membrane map, synapses, MergeNet candidates and per-object
 * uncertainty. Merge, split (seeded watershed inside the segment), mark reviewed, undo and redo; every edit is
 * journaled and forced to disk before it returns ({@link connectomej.proofread.JournaledSession}); reopening replays
 * the journal; saving writes the corrected labels, re-derived synapse partners and the connectome. The ImageJ viewer
 * lives in {@code proofread.view} and uses only the interface.
 */
package connectomej.proofread;
