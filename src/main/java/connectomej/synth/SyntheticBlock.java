package connectomej.synth;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/**
 * The images of one block of a synthetic volume, all over the same interval (axes x, y, z, in voxels of the whole
 * volume; offset intervals keep their min). Masks hold 0 or 1.
 *
 * @param interval the voxels of this block
 * @param raw the EM image, 8-bit grey
 * @param neurons neuron ids, 0 on membranes, clefts and extracellular space
 * @param membranes 1 where neurons is 0 (membranes, clefts, extracellular space): the boundary map
 * @param clefts 1 in synaptic clefts (a subset of membranes)
 * @param vesicles 1 in synaptic vesicles
 * @param mitochondria 1 in mitochondria (always inside a neuron label)
 */
public record SyntheticBlock(Interval interval, RandomAccessibleInterval<UnsignedByteType> raw,
	RandomAccessibleInterval<UnsignedLongType> neurons, RandomAccessibleInterval<UnsignedByteType> membranes,
	RandomAccessibleInterval<UnsignedByteType> clefts, RandomAccessibleInterval<UnsignedByteType> vesicles,
	RandomAccessibleInterval<UnsignedByteType> mitochondria) {}
