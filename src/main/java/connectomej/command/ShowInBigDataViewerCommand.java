package connectomej.command;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import connectomej.io.BadInputException;
import ij.IJ;
import ij.macro.Interpreter;

/**
 * Show in BigDataViewer: writes the export (the parameters of {@link ExportBigDataViewerCommand}), or, when no volume
 * is given, takes the existing {@code xml_file}, and opens it in Fiji's BigDataViewer when that is installed;
 * otherwise says how to get it and where the XML is.
 */
@Plugin(type = Command.class, headless = false, label = "Show in BigDataViewer")
public class ShowInBigDataViewerCommand extends ExportBigDataViewerCommand {

	@Parameter
	CommandService commands;

	@Parameter(type = ItemIO.OUTPUT)
	String message;

	@Override
	public void run() {
		Path xml = xml_file.toPath();
		if (noVolumes()) {
			if (!Files.isRegularFile(xml))
				throw new BadInputException(xml, "no such XML; give the volumes to export, or an existing BigDataViewer XML");
			summary = "BigDataViewer XML: " + xml;
		} else
			summary = export().describe();
		BigDataViewerLauncher.Launch launch = BigDataViewerLauncher.open(xml, commands);
		message = launch.message();
		if (!launch.shown() && !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode())
			IJ.showMessage("Show in BigDataViewer", message);
	}
}
