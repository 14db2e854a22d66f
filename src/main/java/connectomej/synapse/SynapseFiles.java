package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.real.FloatType;

import connectomej.io.VolumeFiles;
import connectomej.io.VolumeLocation;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;

/** Synapse detection from files: probability maps and an optional segmentation, all read and checked first. */
public final class SynapseFiles {

	private SynapseFiles() {}

	/**
	 * Reads a probability map ([0, 1] floats, or 8/16-bit scaled by the type maximum).
	 *
	 * @param what how the map is named in errors, e.g. "the cleft map"
	 * @throws connectomej.io.BadInputException when missing, empty, all 0, or out of range
	 */
	public static Volume<FloatType> probabilityMap(String location, String what) throws IOException {
		Volume<? extends RealType<?>> m = VolumeFiles.read(location);
		return new Volume<>(SynapseInputs.probabilities(m.data(), VolumeLocation.parse(location).file(), what), m.voxelSize());
	}

	/**
	 * Detects synapses from files; nothing is written.
	 *
	 * @param cleftMap cleft probability map location
	 * @param vesicleMap vesicle probability map location, same shape
	 * @param segments segmentation location, same shape, or {@code null}
	 * @param voxelSize voxel size in nm (x, y, z) in place of the cleft map's own, or null for its own
	 * @throws connectomej.io.BadInputException on different shapes, an empty map or a segment id overflow
	 */
	public static SynapseResult detect(String cleftMap, String vesicleMap, String segments, SynapseRules.Settings settings,
			VoxelSize voxelSize) throws IOException {
		Volume<FloatType> read = probabilityMap(cleftMap, "the cleft map");
		Volume<FloatType> c = voxelSize == null ? read : new Volume<>(read.data(), voxelSize);
		Volume<FloatType> v = probabilityMap(vesicleMap, "the vesicle map");
		SynapseInputs.requireSameShape(v.data(), VolumeLocation.parse(vesicleMap).file(), "the vesicle map", c.data(), "the cleft map");
		RandomAccessibleInterval<UnsignedLongType> ids = segments == null ? null : segmentIds(segments, c);
		var labels = ArrayImgs.unsignedInts(c.data().dimensionsAsLongArray());
		return new SynapseResult(SynapseRules.detect(c.data(), v.data(), ids, c.voxelSize(), settings, labels), labels, c.voxelSize());
	}

	private static RandomAccessibleInterval<UnsignedLongType> segmentIds(String location, Volume<FloatType> cleft) throws IOException {
		Path file = VolumeLocation.parse(location).file();
		Volume<? extends RealType<?>> s = VolumeFiles.read(location);
		SynapseInputs.requireSameShape(s.data(), file, "the segmentation", cleft.data(), "the cleft map");
		return SynapseInputs.segmentIds(s.data(), file);
	}
}
