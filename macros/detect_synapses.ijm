// ConnectomeJ: detect synapses and their partners, save the synapse table as CSV and the synapses as point ROIs.
//
// Interactive: run it from Plugins > Macros > Run... and pick a folder laid out like sample-data/synthetic-tem.
// Batch:       ImageJ -batch detect_synapses.ijm "FOLDER;OUTPUT"
// FOLDER holds clefts.tif, vesicles.tif (probability maps) and neuron_ids.tif (segmentation); OUTPUT (default
// FOLDER/synapses) receives synapses.csv and synapse_rois.zip.
args = split(getArgument(), ";");
if (args.length == 0 || args[0] == "")
	folder = getDirectory("Folder with clefts.tif, vesicles.tif, neuron_ids.tif");
else
	folder = args[0];
folder = folder + File.separator;
out = folder + "synapses";
if (args.length > 1)
	out = args[1];
File.makeDirectory(out);
out = out + File.separator;
run("Detect Synapses", "cleft_map=[" + folder + "clefts.tif] vesicle_map=[" + folder + "vesicles.tif] segments=["
	+ folder + "neuron_ids.tif] table_file=[" + out + "synapses.csv]");
n = roiManager("count");
if (n > 0)
	roiManager("save", out + "synapse_rois.zip");
print(n + " synapses saved to " + out);
if (n > 0)
	print("first: " + call("ij.plugin.frame.RoiManager.getName", "0"));
