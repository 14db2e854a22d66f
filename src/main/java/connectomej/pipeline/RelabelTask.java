package connectomej.pipeline;

import java.io.IOException;
import java.nio.file.Path;

import connectomej.io.n5.N5Images;
import connectomej.io.n5.N5Store;
import connectomej.volume.Block;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedLongType;

/** Writes one block of a label dataset mapped through a {@link LabelMapping} stored in a file. */
public final class RelabelTask implements BlockTask<UnsignedLongType> {

	private static final long serialVersionUID = 1L;
	private final String name;
	private final String input;
	private final String output;
	private final String mappingFile;
	private transient LabelMapping mapping;

	/**
	 * @param name stage name
	 * @param input uint64 label dataset
	 * @param output uint64 dataset with the same grid
	 * @param mappingFile a mapping written by {@link LabelMapping#write}
	 */
	public RelabelTask(String name, String input, String output, Path mappingFile) {
		this.name = name;
		this.input = input;
		this.output = output;
		this.mappingFile = mappingFile.toString();
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String outputDataset() {
		return output;
	}

	@Override
	public long[] halo() {
		return new long[3];
	}

	@Override
	public RandomAccessibleInterval<UnsignedLongType> compute(N5Store store, Block block) throws IOException {
		LabelMapping m = mapping();
		RandomAccessibleInterval<UnsignedLongType> labels = N5Images.readInterval(store, input, block.core(), new UnsignedLongType());
		for (UnsignedLongType t : net.imglib2.view.Views.iterable(labels))
			t.set(m.apply(t.get()));
		return labels;
	}

	private synchronized LabelMapping mapping() throws IOException {
		if (mapping == null)
			mapping = LabelMapping.read(Path.of(mappingFile));
		return mapping;
	}
}
