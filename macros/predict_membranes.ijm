// ConnectomeJ: predict membrane probabilities of an EM stack with the shipped model and save them.
//
// Interactive: open an EM stack, then run this from Plugins > Macros > Run... (it asks for an output folder).
// Batch:       ImageJ -batch predict_membranes.ijm "FOLDER;OUTPUT_FOLDER"
//              FOLDER holds raw.tif (e.g. sample-data/synthetic-tem); the map goes to OUTPUT_FOLDER/probabilities.tif.
arg = getArgument();
setBatchMode(true);
if (arg == "") {
	out = getDirectory("Folder for probabilities.tif");
} else {
	args = split(arg, ";");
	dir = args[0];
	if (!endsWith(dir, File.separator)) dir = dir + File.separator;
	out = dir;
	if (args.length > 1) out = args[1];
	open(dir + "raw.tif");
}
if (!endsWith(out, File.separator)) out = out + File.separator;
File.makeDirectory(out);
// no input= : the command predicts the current image
run("Predict Membranes", "output_file=[" + out + "probabilities.tif]");
print("probabilities saved to " + out + "probabilities.tif (" + getTitle() + ", " + bitDepth() + "-bit, " + nSlices + " sections)");
