// ConnectomeJ: score a segmentation against ground truth and save the scores as CSV.
//
// Interactive: run it from Plugins > Macros > Run... and pick the files.
// Batch:       ImageJ -batch evaluate_segmentation.ijm "SEGMENTATION;GROUND_TRUTH;SCORES.csv"
// Volumes are TIFF stacks, PNG folders or HDF5 datasets written as file.h5:/dataset.
args = split(getArgument(), ";");
if (args.length < 3) {
	seg = File.openDialog("Segmentation (labels)");
	gt = File.openDialog("Ground truth (labels)");
	out = File.getDirectory(seg) + "scores.csv";
} else {
	seg = args[0];
	gt = args[1];
	out = args[2];
}
run("Evaluate Segmentation", "segmentation=[" + seg + "] ground_truth=[" + gt + "] table_file=[" + out + "]");
print("scores saved to " + out);
