package connectomej.io.n5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for N5 attributes. Objects become {@link LinkedHashMap}s (key order kept), arrays
 * {@link List}s, integers without fraction or exponent {@link Long}, other numbers {@link Double}, then
 * {@link String}, {@link Boolean} and {@code null}. Writing accepts the same values plus Java arrays of primitives
 * and other {@link Number}s.
 */
public final class N5Json {

	private final String text;
	private int at;

	private N5Json(String text) {
		this.text = text;
	}

	/**
	 * Parses one JSON value.
	 *
	 * @throws IllegalArgumentException with the character position when the text is not JSON
	 */
	public static Object parse(String text) {
		N5Json p = new N5Json(text);
		Object value = p.value();
		p.skipSpace();
		if (p.at != text.length())
			throw p.error("unexpected text after the value");
		return value;
	}

	/** Writes a value as compact JSON text; non-finite numbers become {@code null}. */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		N5JsonWriter.append(out, value);
		return out.toString();
	}

	private Object value() {
		skipSpace();
		if (at >= text.length())
			throw error("unexpected end");
		char c = text.charAt(at);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		if (peekAfterSpace() == '}') {
			at++;
			return map;
		}
		do {
			skipSpace();
			String key = string();
			expect(':');
			map.put(key, value());
		} while (separator('}'));
		return map;
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		if (peekAfterSpace() == ']') {
			at++;
			return list;
		}
		do
			list.add(value());
		while (separator(']'));
		return list;
	}

	/** Consumes ',' (returns true) or the closing character (returns false). */
	private boolean separator(char close) {
		char c = peekAfterSpace();
		at++;
		if (c == ',')
			return true;
		if (c != close)
			throw error("expected ',' or '" + close + "'");
		return false;
	}

	private String string() {
		if (at >= text.length() || text.charAt(at) != '"')
			throw error("expected a string");
		StringBuilder s = new StringBuilder();
		for (at++; at < text.length(); at++) {
			char c = text.charAt(at);
			if (c == '"') {
				at++;
				return s.toString();
			}
			s.append(c == '\\' ? escaped() : c);
		}
		throw error("unterminated string");
	}

	private char escaped() {
		char e = text.charAt(++at);
		return switch (e) {
			case 'n' -> '\n';
			case 't' -> '\t';
			case 'r' -> '\r';
			case 'b' -> '\b';
			case 'f' -> '\f';
			case 'u' -> unicode();
			default -> e;
		};
	}

	private char unicode() {
		char c = (char) Integer.parseInt(text.substring(at + 1, at + 5), 16);
		at += 4;
		return c;
	}

	private Object number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0)
			at++;
		String n = text.substring(start, at);
		try {
			boolean integral = n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0;
			return integral ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
		} catch (NumberFormatException e) {
			at = start;
			throw error("expected a value");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at))
			throw error("expected " + word);
		at += word.length();
		return value;
	}

	private void expect(char c) {
		if (peekAfterSpace() != c)
			throw error("expected '" + c + "'");
		at++;
	}

	private char peekAfterSpace() {
		skipSpace();
		if (at >= text.length())
			throw error("unexpected end");
		return text.charAt(at);
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at)))
			at++;
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("JSON: " + problem + " at character " + at);
	}
}
