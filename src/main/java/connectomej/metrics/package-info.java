/**
 * Evaluation metrics for segmentations, synapse detections, synaptic partners and uncertainty maps. Base layer:
 * plain Java over ImgLib2, no ImageJ, SciJava or AWT.
 * <p>
 * Conventions: volumes are x, y, z with x fastest; a segmentation and its ground truth must have the same
 * dimensions and are paired by offset from each interval's min. Ground-truth label 0 means background / boundary
 * wherever a metric's convention ignores it: the adapted Rand error (SNEMI3D, scikit-image default), the CREMI score
 * and the ISBI 2012 scores ignore it; the plain VOI ignores nothing, like scikit-image, and
 * {@link connectomej.metrics.VariationOfInformation#ignoringBackground} ignores it, like CREMI. Entropies are in bits
 * (log base 2), as scikit-image computes them. Everything starts from one {@link connectomej.metrics.ContingencyTable},
 * built in one streaming pass ({@link connectomej.metrics.ContingencyTables}), optionally block-wise in parallel.
 * The facades {@link connectomej.metrics.SegmentationScores} and {@link connectomej.metrics.SynapseScores} gather the
 * results for the command line; every result record has a hand-written {@code toJson()} and table rows.
 */
package connectomej.metrics;
