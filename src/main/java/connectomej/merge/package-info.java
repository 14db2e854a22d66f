/**
 * MergeNet (Rolnick, Meirovitch et al. 2017, "Morphological Error Detection in 3D Segmentations", arXiv
 * 1705.10882): a 3D ConvNet that sees only an object's binary mask in a downsampled window and says whether two
 * neurons were merged. Training data comes without manual labels from any segmentation believed correct
 * ({@link connectomej.merge.MergeExamples}); inference slides windows along each object's skeleton
 * ({@link connectomej.merge.MergeDetection}); a 2D variant runs on merged MNIST ({@link connectomej.merge.MergedDigits}).
 * Windows are centred by a {@link connectomej.merge.CentrePoints} strategy, today the distance-transform
 * {@link connectomej.merge.MedialSamples}, to be swapped for skeleton points when they exist.
 */
package connectomej.merge;
