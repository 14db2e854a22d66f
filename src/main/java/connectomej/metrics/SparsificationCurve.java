package connectomej.metrics;

/**
 * Sparsification and oracle curves sampled at the same fractions, with their AUSE ({@link Sparsification}).
 *
 * @param fractions removed fractions f_k = k / K, ascending from 0
 * @param sparsification mean error of the samples left after removing the most uncertain fraction
 * @param oracle mean error left after removing the fraction with the largest true errors
 * @param ause area under the sparsification error (curve minus oracle), in the errors' unit
 */
public record SparsificationCurve(double[] fractions, double[] sparsification, double[] oracle, double ause) {

	/** This record as a JSON object with the AUSE and the three curves as arrays. */
	public String toJson() {
		return new JsonObject().put("ause", ause).raw("fractions", array(fractions))
				.raw("sparsification", array(sparsification)).raw("oracle", array(oracle)).toString();
	}

	private static String array(double[] values) {
		StringBuilder s = new StringBuilder("[");
		for (int i = 0; i < values.length; i++)
			s.append(i == 0 ? "" : ", ").append(Double.isFinite(values[i]) ? Double.toString(values[i]) : "null");
		return s.append(']').toString();
	}
}
