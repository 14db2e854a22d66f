// ConnectomeJ: follow every object of the first section through the stack with 3C (cross-classification clustering).
//
// Interactive: run it from Plugins > Macros > Run... and pick a folder laid out like sample-data/synthetic-tem.
// Batch:       ImageJ -batch track_3c.ijm "FOLDER;OUTPUT"
// FOLDER holds raw.tif (EM) and neuron_ids.tif (its first section is the seed); OUTPUT (default FOLDER/tracked)
// receives tracked_labels.tif. The shipped 3C model is used; add model=[my-3c.zip] to choose another.
args = split(getArgument(), ";");
if (args.length == 0 || args[0] == "")
	folder = getDirectory("Folder with raw.tif and neuron_ids.tif");
else
	folder = args[0];
folder = folder + File.separator;
out = folder + "tracked";
if (args.length > 1)
	out = args[1];
run("Track Objects (3C)", "raw=[" + folder + "raw.tif] seeds=[" + folder + "neuron_ids.tif] output_folder=[" + out + "]");
print("tracked " + nSlices + " sections into " + bitDepth() + "-bit labels \"" + getTitle() + "\"; saved to " + out);
