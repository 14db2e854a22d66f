/**
 * Compositional synapse detection (Santurkar et al. 2017, "Toward streaming synapse detection with compositional
 * ConvNets", arXiv 1702.07386): light per-pixel nets predict clefts (post-synaptic densities) and vesicles, and
 * biological rules combine them with a segmentation into synapses with a presynaptic and a postsynaptic partner, and
 * the synapses into a directed, weighted connectome.
 */
package connectomej.synapse;
