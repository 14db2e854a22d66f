// ConnectomeJ: the whole fast pass in ImageJ, step by step: open the EM -> predict membranes -> segment ->
// detect synapses (when cleft and vesicle maps are there) -> evaluate (when ground truth is there) -> save tables.
//
// Interactive: run it from Plugins > Macros > Run... and pick the folders.
// Batch:       ImageJ -batch whole_pipeline.ijm "FOLDER;OUTPUT_FOLDER"
// FOLDER holds raw.tif and, optionally, clefts.tif + vesicles.tif (cleft / vesicle maps; the sample's masks stand in)
// and neuron_ids.tif (ground truth), like sample-data/synthetic-tem. Without raw.tif the generated sample is used.
// OUTPUT_FOLDER receives probabilities.tif, segments/ (segments.tif, objects.csv, skeletons.swc),
// synapses/ (synapses.csv, connectome.csv, connectome.graphml) and scores.csv.
arg = getArgument();
if (arg == "") {
	dir = getDirectory("Input folder (raw.tif, ...)");
	out = getDirectory("Output folder");
} else {
	args = split(arg, ";");
	dir = args[0];
	out = dir + "results";
	if (args.length > 1) out = args[1];
}
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
if (!endsWith(out, File.separator)) out = out + File.separator;
File.makeDirectory(out);
setBatchMode(true);

// 1. open the EM
if (File.exists(dir + "raw.tif"))
	open(dir + "raw.tif");
else
	run("ConnectomeJ Sample (synthetic TEM)");
print("EM: " + getWidth() + " x " + getHeight() + " x " + nSlices);

// 2. membranes of the current image
run("Predict Membranes", "output_file=[" + out + "probabilities.tif]");

// 3. segments of the probability map (the current image now); seeds 20 nm inside cells keep thin sections apart
run("Segment (Fast Pass)", "threshold=0.38 seed_threshold=0.3 min_seed_distance=12 per_section skeletons output_folder=[" + out + "segments]");
segments = out + "segments" + File.separator + "segments.tif";
print("segments: " + Table.size("objects") + " objects");

// 4. synapses
if (File.exists(dir + "clefts.tif") && File.exists(dir + "vesicles.tif")) {
	run("Detect Synapses", "cleft_map=[" + dir + "clefts.tif] vesicle_map=[" + dir + "vesicles.tif] segments=[" + segments
		+ "] output_folder=[" + out + "synapses]");
	print("synapses: " + Table.size("synapses"));
}

// 5. scores against ground truth
if (File.exists(dir + "neuron_ids.tif")) {
	run("Evaluate Segmentation", "segmentation=[" + segments + "] ground_truth=[" + dir + "neuron_ids.tif] table_file=["
		+ out + "scores.csv]");
}

// 6. tables: objects.csv, synapses.csv and scores.csv are saved by the commands; the object table once more here
Table.save(out + "objects_table.csv", "objects");
print("pipeline done; results in " + out);
