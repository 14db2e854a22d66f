package connectomej.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Splits CSV text into records of String fields (RFC 4180, CRLF or LF line ends). */
final class CsvParser {

	private final Path file;
	private final String text;
	private int at;
	private int line = 1;

	CsvParser(Path file, String text) {
		this.file = file;
		this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** All records; a final line end does not start an empty record. */
	List<List<Object>> records() {
		List<List<Object>> records = new ArrayList<>();
		while (at < text.length()) {
			List<Object> record = new ArrayList<>();
			boolean more = true;
			while (more) {
				record.add(at < text.length() && text.charAt(at) == '"' ? quoted() : plain());
				more = at < text.length() && text.charAt(at) == ',';
				if (more)
					at++;
			}
			endOfLine();
			records.add(record);
		}
		return records;
	}

	private String plain() {
		int start = at;
		while (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0)
			at++;
		return text.substring(start, at);
	}

	private String quoted() {
		int startLine = line;
		StringBuilder s = new StringBuilder();
		at++;
		while (true) {
			if (at >= text.length())
				throw new BadInputException(file, "malformed CSV: quote opened on line " + startLine + " is never closed");
			char c = text.charAt(at++);
			if (c == '"' && at < text.length() && text.charAt(at) == '"') {
				s.append('"');
				at++;
			} else if (c == '"')
				break;
			else {
				line += c == '\n' ? 1 : 0;
				s.append(c);
			}
		}
		if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0)
			throw new BadInputException(file, "malformed CSV: text after a closing quote on line " + line);
		return s.toString();
	}

	private void endOfLine() {
		if (at < text.length() && text.charAt(at) == '\r')
			at++;
		if (at < text.length() && text.charAt(at) == '\n')
			at++;
		line++;
	}
}
