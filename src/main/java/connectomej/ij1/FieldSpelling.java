package connectomej.ij1;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;

/**
 * The layers below name options in the command line's spelling ({@code --min-size 7: ...}); in ImageJ the same
 * setting is the dialog field and macro key {@code min_size}. This rewrites, in a message for an ImageJ user, every
 * option that is an input of the command that failed, and leaves the rest as it is.
 */
final class FieldSpelling {

	private static final Pattern OPTION = Pattern.compile("--([a-z0-9]+(?:-[a-z0-9]+)*)");

	private FieldSpelling() {}

	/**
	 * @param message a message that may name command-line options
	 * @param command the command whose inputs are the fields, or null (the message is returned as it is)
	 * @return the message with {@code --a-b} replaced by {@code a_b} wherever {@code a_b} is an input of {@code command}
	 */
	static String of(String message, ModuleInfo command) {
		if (message == null || command == null)
			return message;
		Set<String> fields = new HashSet<>();
		for (ModuleItem<?> item : command.inputs())
			fields.add(item.getName());
		Matcher m = OPTION.matcher(message);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String field = m.group(1).replace('-', '_');
			m.appendReplacement(out, Matcher.quoteReplacement(fields.contains(field) ? field : m.group()));
		}
		m.appendTail(out);
		return out.toString();
	}
}
