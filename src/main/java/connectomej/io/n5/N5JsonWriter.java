package connectomej.io.n5;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

import connectomej.metrics.JsonObject;

/** Appends Java values as JSON text; see {@link N5Json#write(Object)}. */
final class N5JsonWriter {

	private N5JsonWriter() {}

	static void append(StringBuilder out, Object value) {
		if (value == null)
			out.append("null");
		else if (value instanceof Map<?, ?> map)
			appendObject(out, map);
		else if (value instanceof Collection<?> list)
			appendArray(out, list.toArray());
		else if (value.getClass().isArray())
			appendArray(out, boxed(value));
		else if (value instanceof Double || value instanceof Float)
			out.append(number(((Number) value).doubleValue()));
		else if (value instanceof Number || value instanceof Boolean)
			out.append(value);
		else
			out.append(JsonObject.quote(value.toString()));
	}

	private static void appendObject(StringBuilder out, Map<?, ?> map) {
		out.append('{');
		String sep = "";
		for (Map.Entry<?, ?> e : map.entrySet()) {
			out.append(sep).append(JsonObject.quote(e.getKey().toString())).append(':');
			append(out, e.getValue());
			sep = ",";
		}
		out.append('}');
	}

	private static void appendArray(StringBuilder out, Object[] items) {
		out.append('[');
		for (int i = 0; i < items.length; i++) {
			if (i > 0)
				out.append(',');
			append(out, items[i]);
		}
		out.append(']');
	}

	private static Object[] boxed(Object array) {
		Object[] items = new Object[Array.getLength(array)];
		for (int i = 0; i < items.length; i++)
			items[i] = Array.get(array, i);
		return items;
	}

	private static String number(double v) {
		if (!Double.isFinite(v))
			return "null";
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) + ".0" : Double.toString(v);
	}
}
