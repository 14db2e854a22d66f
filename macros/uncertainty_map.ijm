// ConnectomeJ: training-free uncertainty of the membrane prediction (infer-transformation), as 32-bit mean and
// variance images, and the mean variance per object.
//
// Interactive: run it from Plugins > Macros > Run... and pick a folder laid out like sample-data/synthetic-tem.
// Batch:       ImageJ -batch uncertainty_map.ijm "FOLDER;OUTPUT"
// FOLDER holds raw.tif (EM) and neuron_ids.tif (segmentation); OUTPUT (default FOLDER/uncertainty) receives
// variance.tif, mean.tif and variance-objects.csv. Other methods: method=noise sigma=0.3, method=dropout rate=0.03.
args = split(getArgument(), ";");
if (args.length == 0 || args[0] == "")
	folder = getDirectory("Folder with raw.tif and neuron_ids.tif");
else
	folder = args[0];
folder = folder + File.separator;
out = folder + "uncertainty";
if (args.length > 1)
	out = args[1];
run("Uncertainty Map", "raw=[" + folder + "raw.tif] method=transformation samples=8 segments=[" + folder
	+ "neuron_ids.tif] output_folder=[" + out + "]");
print("variance: " + getTitle() + ", " + bitDepth() + "-bit, " + nSlices + " sections");
print(Table.size("objects") + " objects, most uncertain first; saved to " + out);
