package connectomej.cli;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import connectomej.io.BadInputException;
import connectomej.io.EightBitEm;
import connectomej.io.VolumeLocation;
import connectomej.volume.Volume;

/** Reading volumes in the types the methods need. */
final class Volumes {

	private Volumes() {}

	/** An EM volume as 8-bit; refused when its values leave 0-255 ({@link EightBitEm}). */
	static Volume<UnsignedByteType> bytes(String location) throws Exception {
		Volume<? extends RealType<?>> v = EightBitEm.read(location);
		if (v.data().size() == 0)
			throw new BadInputException(VolumeLocation.parse(location).file(), "the EM volume is empty (0 voxels)");
		var out = ArrayImgs.unsignedBytes(v.data().dimensionsAsLongArray());
		LoopBuilder.setImages(v.data(), out).forEachPixel((i, o) -> o.set((int) Math.min(255, Math.max(0, i.getRealDouble()))));
		return new Volume<>(out, v.voxelSize());
	}
}
