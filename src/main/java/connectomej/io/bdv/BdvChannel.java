package connectomej.io.bdv;

/**
 * One channel of a BigDataViewer export: a ViewSetup over an N5 dataset.
 *
 * @param name shown in BigDataViewer, e.g. "EM", "segments"
 * @param dataset the full-resolution N5 dataset in the same container
 * @param labels true for label images: downsampled by the most frequent value instead of the mean
 */
public record BdvChannel(String name, String dataset, boolean labels) {}
