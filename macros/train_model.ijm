// ConnectomeJ: train a membrane model on an EM stack and its membrane labels; writes membrane-model.zip.
// A quick try (one short epoch); for a real model raise epochs and steps_per_epoch, or set time_limit (minutes).
//
// Interactive: run it from Plugins > Macros > Run... and pick the folders.
// Batch:       ImageJ -batch train_model.ijm "FOLDER;OUTPUT_FOLDER"
//              FOLDER holds raw.tif and membranes.tif (non-zero = membrane), e.g. sample-data/synthetic-tem.
arg = getArgument();
if (arg == "") {
	dir = getDirectory("Folder with raw.tif and membranes.tif");
	out = getDirectory("Folder for membrane-model.zip");
} else {
	args = split(arg, ";");
	dir = args[0];
	out = dir;
	if (args.length > 1) out = args[1];
}
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
if (!endsWith(out, File.separator)) out = out + File.separator;
File.makeDirectory(out);
setBatchMode(true);
run("Train Membrane Model", "raw=[" + dir + "raw.tif] labels=[" + dir + "membranes.tif] model_file=[" + out
	+ "membrane-model.zip] model=shallow validation_sections=1 epochs=1 steps_per_epoch=4 time_limit=5 batch_size=4"
	+ " learning_rate=0.001 patch_size=32 seed=1");
print("model saved to " + out + "membrane-model.zip");
