// ConnectomeJ: the fast-pass segmentation of a membrane probability map: label image, object table (objects.csv),
// skeletons (skeletons.swc) and segments.tif in an output folder.
//
// Interactive: run it from Plugins > Macros > Run... and pick the folders.
// Batch:       ImageJ -batch segment.ijm "FOLDER;OUTPUT_FOLDER"
//              FOLDER holds probabilities.tif (from predict_membranes.ijm) or, standing in for it, the sample's
//              membranes.tif mask.
arg = getArgument();
if (arg == "") {
	dir = getDirectory("Folder with probabilities.tif or membranes.tif");
	out = getDirectory("Output folder");
} else {
	args = split(arg, ";");
	dir = args[0];
	out = dir;
	if (args.length > 1) out = args[1];
}
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
if (!endsWith(out, File.separator)) out = out + File.separator;
map = dir + "probabilities.tif";
if (!File.exists(map)) map = dir + "membranes.tif";
setBatchMode(true);
run("Segment (Fast Pass)", "probabilities=[" + map + "] threshold=0.38 seed_threshold=0.3 min_seed_distance=12 per_section skeletons output_folder=[" + out + "]");
print("segmented " + map + ": " + Table.size("objects") + " objects; segments.tif, objects.csv, skeletons.swc in " + out);
