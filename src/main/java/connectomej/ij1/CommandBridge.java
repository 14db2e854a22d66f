package connectomej.ij1;

import java.util.Map;

import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.module.ModuleService;

import connectomej.io.BadInputException;
import connectomej.progress.ReportsProgress;
import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

/**
 * The one ImageJ 1.x entry point of the suite: every line of {@code plugins.config} runs this class with the name of
 * a SciJava command as its argument. It builds the dialog from the command's parameters (so the macro recorder
 * records {@code run("Name", "key=value ...")} and macros can run it in batch mode), runs the command and shows its
 * image and table outputs.
 */
public class CommandBridge implements PlugIn {

	@Override
	public void run(String commandClassName) {
		CommandInfo info = null;
		try {
			info = new CommandInfo(commandClass(commandClassName));
			Map<String, Object> inputs = new ParameterDialog(info).ask();
			if (inputs == null)
				return;
			ModuleService modules = SciJavaContext.get().service(ModuleService.class);
			CommandModule module = (CommandModule) modules.createModule(info);
			if (module.getCommand() instanceof ReportsProgress command)
				command.setProgressListener(new ImageJProgress());
			modules.run(module, true, inputs).get();
			IJ.showProgress(1.0);
			if (module.isCanceled())
				IJ.showStatus(info.getTitle() + ": " + module.getCancelReason());
			else
				OutputDisplay.show(module);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (Exception e) {
			report(info, e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Class<? extends Command> commandClass(String name) throws ClassNotFoundException {
		Class<?> c = Class.forName(name.trim(), true, CommandBridge.class.getClassLoader());
		if (!Command.class.isAssignableFrom(c))
			throw new IllegalArgumentException(name + " is not a SciJava command");
		return (Class<? extends Command>) c;
	}

	/**
	 * Tells the user what went wrong: a dialog when run from the menu; from a macro, a line in the log and the macro
	 * stopped, so that a batch job ends with the message instead of waiting on a dialog nobody sees. Options are named
	 * as the dialog's fields ({@link FieldSpelling}). The message is that of the input refused
	 * ({@link BadInputException}), or else of the innermost cause, never that of SciJava's wrapper around it
	 * ("Module threw exception").
	 *
	 * @param command the command that failed, or null when it could not be found
	 */
	private static void report(CommandInfo command, Exception e) {
		Throwable cause = e;
		while (cause.getCause() != null && !(cause instanceof BadInputException))
			cause = cause.getCause();
		String message = "ConnectomeJ: " + FieldSpelling.of(cause.getMessage(), command);
		if (IJ.debugMode)
			IJ.handleException(cause);
		if (Macro.getOptions() != null || IJ.isMacro() || Interpreter.isBatchMode()) {
			IJ.log(message);
			Interpreter.abort();
		}
		else
			IJ.error("ConnectomeJ", message);
	}
}
