package connectomej.ij1;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.ItemVisibility;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;
import org.scijava.widget.FileWidget;

import connectomej.io.BadInputException;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.util.Tools;

/**
 * An ImageJ {@link GenericDialog} built from a SciJava command's inputs. Each field is labelled with the
 * parameter's snake_case name, which ImageJ turns into the macro key, so {@code run("Name", "name=value")} fills it.
 * Image inputs take the active image; services and the context are filled by SciJava.
 */
final class ParameterDialog {

	private final ModuleInfo info;

	ParameterDialog(ModuleInfo info) {
		this.info = info;
	}

	/**
	 * Shows the dialog (or reads the macro options) and returns the values, or null when the user cancels.
	 *
	 * @throws BadInputException for a number field given no number, or a required file or text left empty
	 */
	Map<String, Object> ask() {
		GenericDialog gd = new GenericDialog(info.getTitle());
		List<ModuleItem<?>> fields = new java.util.ArrayList<>();
		for (ModuleItem<?> item : info.inputs())
			if (isField(item)) {
				addField(gd, item);
				fields.add(item);
			}
		Map<String, Object> values = new LinkedHashMap<>();
		if (!fields.isEmpty()) {
			gd.showDialog();
			if (gd.wasCanceled())
				return null;
			requireMacroNumbers(fields);
			for (ModuleItem<?> item : fields)
				values.put(item.getName(), readField(gd, item));
			if (gd.invalidNumber())
				throw new BadInputException(null, gd.getErrorMessage());
			requireFilled(fields, values);
		}
		addActiveImage(values);
		return values;
	}

	/**
	 * Refuses a required file or text left empty (a macro without its key gives an empty value, which would otherwise
	 * be read as the current folder), naming the field.
	 *
	 * @throws BadInputException for the first such field
	 */
	private static void requireFilled(List<ModuleItem<?>> fields, Map<String, Object> values) {
		for (ModuleItem<?> item : fields) {
			Object v = values.get(item.getName());
			String text = v instanceof File f ? f.getPath() : v instanceof String str ? str : null;
			if (item.isRequired() && text != null && text.isBlank())
				throw new BadInputException(null, "no " + item.getName() + " given (" + item.getDescription() + "): fill in the field, or give "
						+ item.getName() + "=... in the macro");
		}
	}

	/**
	 * Refuses a macro's value for a number field that is not a number ({@code tile_size=abc}); ImageJ would stop the
	 * macro with no message in batch mode.
	 *
	 * @throws BadInputException naming the field and the value
	 */
	private static void requireMacroNumbers(List<ModuleItem<?>> fields) {
		String options = Macro.getOptions();
		if (options == null)
			return;
		for (ModuleItem<?> item : fields) {
			String v = isNumber(item.getType()) ? Macro.getValue(options, item.getName(), null) : null;
			if (v != null && Double.isNaN(Tools.parseDouble(v)))
				throw new BadInputException(null, item.getName() + " '" + v + "' is not a number (" + item.getDescription() + ")");
		}
	}

	private static boolean isField(ModuleItem<?> item) {
		Class<?> t = item.getType();
		return item.getVisibility() != ItemVisibility.MESSAGE && !Service.class.isAssignableFrom(t)
			&& !org.scijava.Context.class.isAssignableFrom(t) && !ImagePlus.class.isAssignableFrom(t);
	}

	private void addActiveImage(Map<String, Object> values) {
		for (ModuleItem<?> item : info.inputs())
			if (ImagePlus.class.isAssignableFrom(item.getType()))
				values.put(item.getName(), WindowManager.getCurrentImage());
	}

	private static void addField(GenericDialog gd, ModuleItem<?> item) {
		Class<?> t = item.getType();
		Object def = item.getDefaultValue();
		String name = item.getName();
		if (t == boolean.class || t == Boolean.class)
			gd.addCheckbox(name, def != null && (Boolean) def);
		else if (isNumber(t))
			gd.addNumericField(name, def == null ? 0 : ((Number) def).doubleValue(), decimals(t));
		else if (hasChoices(item))
			gd.addChoice(name, toStrings(item.getChoices()), def == null ? null : def.toString());
		else if (t == File.class && FileWidget.DIRECTORY_STYLE.equals(item.getWidgetStyle()))
			gd.addDirectoryField(name, def == null ? "" : def.toString());
		else if (t == File.class)
			gd.addFileField(name, def == null ? "" : def.toString());
		else
			gd.addStringField(name, def == null ? "" : def.toString(), 30);
	}

	private static Object readField(GenericDialog gd, ModuleItem<?> item) {
		Class<?> t = item.getType();
		if (t == boolean.class || t == Boolean.class)
			return gd.getNextBoolean();
		if (isNumber(t))
			return toNumber(t, gd.getNextNumber());
		if (hasChoices(item))
			return gd.getNextChoice();
		String s = gd.getNextString();
		return t == File.class ? new File(s) : s;
	}

	private static boolean hasChoices(ModuleItem<?> item) {
		return item.getChoices() != null && !item.getChoices().isEmpty();
	}

	private static boolean isNumber(Class<?> t) {
		return t == int.class || t == Integer.class || t == long.class || t == Long.class || t == double.class
			|| t == Double.class || t == float.class || t == Float.class;
	}

	private static int decimals(Class<?> t) {
		return t == double.class || t == Double.class || t == float.class || t == Float.class ? 3 : 0;
	}

	private static Object toNumber(Class<?> t, double v) {
		if (t == int.class || t == Integer.class)
			return (int) Math.round(v);
		if (t == long.class || t == Long.class)
			return Math.round(v);
		if (t == float.class || t == Float.class)
			return (float) v;
		return v;
	}

	private static String[] toStrings(List<?> choices) {
		return choices.stream().map(String::valueOf).toArray(String[]::new);
	}
}
