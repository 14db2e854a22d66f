package connectomej.nn;

import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * A network with its description, as one model file holds them.
 *
 * @param network the Deeplearning4j network, input "input", output "output"
 * @param info what the network does and expects
 */
public record StoredModel(ComputationGraph network, ModelInfo info) {}
