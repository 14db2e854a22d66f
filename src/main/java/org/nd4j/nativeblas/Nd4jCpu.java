package org.nd4j.nativeblas;

/**
 * Compatibility shim, not part of ConnectomeJ's API: the name under which Deeplearning4j 1.0.0-M2.1 looks for the
 * native environment when it decides whether to use its oneDNN layer helpers.
 * <p>
 * {@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper.mklDnnEnabled()} loads
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} by name and calls {@code getInstance().isUseMKLDNN()}; in M2.1
 * that class lives in {@code org.nd4j.linalg.cpu.nativecpu.bindings} and the method is called
 * {@code isUseONEDNN()}, so the lookup fails and 2D convolution falls back to the slow im2col path. This class
 * answers under the old name by asking the real one. See {@link connectomej.nn.FastPath}.
 */
public final class Nd4jCpu {

	private Nd4jCpu() {}

	/** The old name of the native environment; delegates to the M2.1 bindings. */
	public static final class Environment {

		private static final Environment INSTANCE = new Environment();

		private Environment() {}

		/** The one environment, as the native binding has it. */
		public static Environment getInstance() {
			return INSTANCE;
		}

		/** True if the native library was built with oneDNN and uses it. */
		public boolean isUseMKLDNN() {
			return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
		}
	}
}
