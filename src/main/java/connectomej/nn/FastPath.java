package connectomej.nn;

import org.deeplearning4j.config.DL4JClassLoading;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;

/**
 * Switches Deeplearning4j's oneDNN layer helpers (2D convolution, pooling, batch normalization) on.
 * <p>
 * In 1.0.0-M2.1 they never load, for two reasons: the system property {@value #HELPERS_DISABLE} is read with a
 * default of {@code true} each time a layer creates its helper, and the availability check looks up a class by a
 * name that moved (answered by the shim {@code org.nd4j.nativeblas.Nd4jCpu}). With both dealt with, a 3x3 32->32
 * convolution on 256x256 runs about ten times faster (BENCHMARKS.md). 3D convolution uses oneDNN inside the native
 * op either way.
 * <p>
 * The setting applies to networks initialised (or loaded) after the call. A user's explicit
 * {@code -Dorg.eclipse.deeplearning4j.helpers.disable=true} is respected by {@link #enableUnlessDisabledByUser()}.
 */
public final class FastPath {

	/** The system property Deeplearning4j reads before creating a layer helper. */
	public static final String HELPERS_DISABLE = "org.eclipse.deeplearning4j.helpers.disable";

	private static final String OLD_ENVIRONMENT_NAME = "org.nd4j.nativeblas.Nd4jCpu$Environment";

	private FastPath() {}

	/** Turns the helpers on for networks created from now on, unless the user set {@value #HELPERS_DISABLE}. */
	public static void enableUnlessDisabledByUser() {
		if (System.getProperty(HELPERS_DISABLE) == null)
			enable(true);
	}

	/**
	 * Turns the helpers on or off for networks created from now on (the benchmark compares both in one JVM).
	 *
	 * @param on true for the oneDNN path, false for Deeplearning4j's default (im2col + gemm) path
	 */
	public static void enable(boolean on) {
		if (on)
			makeShimVisible();
		System.setProperty(HELPERS_DISABLE, Boolean.toString(!on));
	}

	/** True if newly created layers would get oneDNN helpers: property set and native library built with oneDNN. */
	public static boolean isActive() {
		return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE, "true")) && BaseMKLDNNHelper.mklDnnEnabled();
	}

	/** Where Deeplearning4j's class loader cannot see the shim (a plugin loader in Fiji), point it at ours. */
	private static void makeShimVisible() {
		if (!DL4JClassLoading.classPresentOnClasspath(OLD_ENVIRONMENT_NAME))
			DL4JClassLoading.setDl4jClassloaderFromClass(FastPath.class);
	}
}
