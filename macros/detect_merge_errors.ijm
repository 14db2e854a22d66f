// ConnectomeJ: rank the objects of a segmentation by MergeNet merge score; the candidates as a CSV table and as
// point ROIs on the segmentation (ROI Manager and overlay).
//
// Interactive: run it from Plugins > Macros > Run..., pick a folder and a MergeNet model.
// Batch:       ImageJ -batch detect_merge_errors.ijm "FOLDER;OUTPUT;MODEL.zip"
// FOLDER holds neuron_ids.tif (segmentation); OUTPUT (default FOLDER/merge) receives merge_candidates.csv and
// merge_rois.zip. Train a model with `connectomej mergenet train`.
args = split(getArgument(), ";");
if (args.length == 0 || args[0] == "")
	folder = getDirectory("Folder with neuron_ids.tif");
else
	folder = args[0];
folder = folder + File.separator;
out = folder + "merge";
if (args.length > 1)
	out = args[1];
if (args.length > 2)
	model = args[2];
else
	model = File.openDialog("MergeNet model (.zip)");
File.makeDirectory(out);
out = out + File.separator;
open(folder + "neuron_ids.tif");
run("Detect Merge Errors", "segmentation=[" + folder + "neuron_ids.tif] model=[" + model + "] table_file=["
	+ out + "merge_candidates.csv]");
n = roiManager("count");
if (n > 0)
	roiManager("save", out + "merge_rois.zip");
print(n + " merge candidates saved to " + out + "; " + Overlay.size + " on the segmentation");
if (n > 0)
	print("first: " + call("ij.plugin.frame.RoiManager.getName", "0"));
