package connectomej.command;

import java.util.Map;

import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;

import connectomej.progress.ProgressListener;

/** Runs a command headless through a SciJava context, as Fiji does, optionally with a progress listener. */
final class CommandRuns {

	private CommandRuns() {}

	/** A listener that asks to stop as soon as work starts, and remembers that it was asked. */
	static final class Canceling implements ProgressListener {

		volatile boolean reported;

		@Override
		public void progress(String stage, long done, long total) {
			reported = true;
		}

		@Override
		public boolean isCanceled() {
			return true;
		}
	}

	static CommandModule run(Class<? extends Command> command, Map<String, Object> inputs) throws Exception {
		return run(command, inputs, ProgressListener.NONE);
	}

	static CommandModule run(Class<? extends Command> command, Map<String, Object> inputs, ProgressListener listener)
		throws Exception
	{
		try (Context context = new Context(CommandService.class)) {
			CommandInfo info = context.service(CommandService.class).getCommand(command);
			ModuleService modules = context.service(ModuleService.class);
			CommandModule module = (CommandModule) modules.createModule(info);
			((LongRunning) module.getCommand()).setProgressListener(listener);
			return (CommandModule) modules.run(module, true, inputs).get();
		}
	}
}
