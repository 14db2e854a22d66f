package connectomej.synapse;

import java.io.IOException;
import java.nio.file.Path;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedLongType;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;

/** Loads the experiment data: a synthetic volume folder ({@code connectomej synth -o}) or the EPFL sections. */
final class SynapseData {

	/** EPFL hippocampus folder, relative to the project root. */
	static final Path EPFL = Path.of("../shared/data/epfl_hippocampus");

	private SynapseData() {}

	/** A volume as 8-bit, copied. */
	static Volume<UnsignedByteType> bytes(String location) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		ArrayImg<UnsignedByteType, ?> out = ArrayImgs.unsignedBytes(v.data().dimensionsAsLongArray());
		LoopBuilder.setImages(v.data(), out).forEachPixel((i, o) -> o.set((int) Math.min(255, Math.max(0, i.getRealDouble()))));
		return new Volume<>(out, v.voxelSize());
	}

	/** A label volume as unsigned 64-bit, copied. */
	static RandomAccessibleInterval<UnsignedLongType> labels(String location) throws IOException {
		Volume<? extends RealType<?>> v = VolumeFiles.read(location);
		ArrayImg<UnsignedLongType, ?> out = ArrayImgs.unsignedLongs(v.data().dimensionsAsLongArray());
		LoopBuilder.setImages(v.data(), out).forEachPixel((i, o) -> o.set((long) i.getRealDouble()));
		return out;
	}

	/** Raw image of a dataset: {@code epfl} or a synthetic folder. */
	static Volume<UnsignedByteType> raw(String dataset) throws IOException {
		return bytes(dataset.equals("epfl") ? EPFL.resolve("epfl_train_slices.tif").toString() : dataset + "/raw.tif");
	}

	/** Binary mask of a task ({@code cleft} or {@code vesicle}) of a dataset. */
	static Volume<UnsignedByteType> mask(String dataset, String task) throws IOException {
		boolean epfl = dataset.equals("epfl");
		String file = task.equals("vesicle") ? (epfl ? "epfl_train_vesicles.tif" : "vesicles.tif")
				: (epfl ? "epfl_train_PSD.tif" : "clefts.tif");
		return bytes(epfl ? EPFL.resolve(file).toString() : dataset + "/" + file);
	}
}
