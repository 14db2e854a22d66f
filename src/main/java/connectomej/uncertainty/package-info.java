/**
 * Training-free uncertainty maps for any trained model (Mi, Wang, Tian, He, Shavit, "Training-free uncertainty
 * estimation for dense regression: sensitivity as a surrogate", arXiv 1910.04858, AAAI 2022), and the Monte Carlo
 * dropout baseline that needs a model trained with dropout.
 * <p>
 * Three perturbations, none of which retrains the model: infer-transformation ({@link
 * connectomej.uncertainty.SymmetryBackend}: the 8 symmetries of a section; {@link
 * connectomej.uncertainty.CubeTransformation}: the 48 of a cube for 3D models), infer-noise and infer-dropout
 * ({@link connectomej.uncertainty.PerturbedNetworks}: a copy of the network whose chosen layer's activations get
 * Gaussian noise or dropout at inference). K samples are combined per tile into a mean and a variance map ({@link
 * connectomej.uncertainty.SampledBackend}) by the same tiled inference as plain prediction ({@link
 * connectomej.uncertainty.UncertaintyEstimator}). {@link connectomej.uncertainty.PerturbationSweep} keeps only
 * perturbations that do not degrade accuracy; {@link connectomej.uncertainty.ObjectUncertainty} aggregates the
 * variance per segment for proofreading; {@link connectomej.uncertainty.UncertaintyScores} measures how well the
 * variance predicts errors (Pearson, ROC AUC, AUSE).
 */
package connectomej.uncertainty;
