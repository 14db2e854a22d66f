// ConnectomeJ: open the proofreading viewer on an EM volume and its segmentation.
//
// Interactive: run it from Plugins > Macros > Run..., pick the files and a session folder.
// Batch:       ImageJ -batch proofread.ijm "RAW;SEGMENTS;MEMBRANES;SESSION_FOLDER" (needs a display, e.g. xvfb-run)
// Every edit is journaled in the session folder; running it again on the same folder resumes the session.
args = split(getArgument(), ";");
if (args.length < 4) {
	raw = File.openDialog("EM volume");
	segments = File.openDialog("Segmentation (labels)");
	membranes = "";
	session = getDirectory("Session folder");
} else {
	raw = args[0];
	segments = args[1];
	membranes = args[2];
	session = args[3];
}
run("Proofread", "raw=[" + raw + "] segments=[" + segments + "] membranes=[" + membranes + "] session_folder=[" + session + "]");
print("proofreading " + segments + " in " + session);
