package connectomej.metrics;

/**
 * A small JSON object written by hand, fields in insertion order: {@code {"a": 1.5, "b": {"c": 2}}}. Non-finite
 * numbers become {@code null}, since JSON has no NaN or infinity.
 */
public final class JsonObject {

	private final StringBuilder body = new StringBuilder();

	/** Adds a number field. */
	public JsonObject put(String name, double value) {
		return raw(name, Double.isFinite(value) ? Double.toString(value) : "null");
	}

	/** Adds an integer field. */
	public JsonObject put(String name, long value) {
		return raw(name, Long.toString(value));
	}

	/** Adds a string field, escaped. */
	public JsonObject put(String name, String value) {
		return raw(name, quote(value));
	}

	/** Adds a field whose value is already JSON (an object or array from another {@code toJson()}). */
	public JsonObject raw(String name, String json) {
		body.append(body.length() == 0 ? "" : ", ").append(quote(name)).append(": ").append(json);
		return this;
	}

	/** The object, e.g. {@code {"a": 1.5}}. */
	@Override
	public String toString() {
		return "{" + body + "}";
	}

	/** A JSON string literal with quotes, backslashes and control characters escaped. */
	public static String quote(String s) {
		StringBuilder q = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\')
				q.append('\\').append(c);
			else if (c < 0x20)
				q.append(String.format("\\u%04x", (int) c));
			else
				q.append(c);
		}
		return q.append('"').toString();
	}
}
