// ConnectomeJ: export volumes for BigDataViewer (an XML with an N5 container or an HDF5 file next to it).
//
// Interactive: run it from Plugins > Macros > Run... and pick the files; then open the XML in Fiji with
//              Plugins > BigDataViewer > Open XML/HDF5 (or use Plugins > ConnectomeJ > Show in BigDataViewer).
// Batch:       ImageJ -batch export_bigdataviewer.ijm "OUT.xml;FLAVOUR;EM;SEGMENTS;SYNAPSES;UNCERTAINTY"
//              FLAVOUR is n5 or hdf5; leave a volume empty to leave it out, e.g. "out.xml;hdf5;raw.tif;seg.tif;;"
// Volumes are TIFF stacks, PNG folders or HDF5 datasets written as file.h5:/dataset.
args = split(getArgument(), ";");
if (args.length < 3) {
	em = File.openDialog("EM volume");
	segments = File.openDialog("Segments (labels)");
	synapses = "";
	uncertainty = "";
	xml = File.getDirectory(em) + "bigdataviewer.xml";
	flavour = "n5";
} else {
	xml = args[0];
	flavour = args[1];
	em = args[2];
	segments = "";
	synapses = "";
	uncertainty = "";
	if (args.length > 3) segments = args[3];
	if (args.length > 4) synapses = args[4];
	if (args.length > 5) uncertainty = args[5];
}
run("Export for BigDataViewer", "xml_file=[" + xml + "] flavour=" + flavour + " em=[" + em + "] segments=[" + segments
	+ "] synapses=[" + synapses + "] uncertainty=[" + uncertainty + "]");
print("BigDataViewer XML written to " + xml);
