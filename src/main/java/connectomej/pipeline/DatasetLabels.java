package connectomej.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;

import connectomej.io.n5.N5Block;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Grids;
import connectomej.io.n5.N5Store;

/** The labels present in a uint64 N5 dataset, read block by block in parallel. */
public final class DatasetLabels {

	private DatasetLabels() {}

	/** Distinct non-zero labels of the dataset, increasing. */
	public static long[] distinct(N5Store store, String dataset, ExecutorService executor) throws IOException {
		N5DatasetAttributes attributes = store.datasetAttributes(dataset);
		List<Callable<long[]>> jobs = new ArrayList<>();
		for (long[] position : N5Grids.overlapping(attributes, attributes.interval()))
			jobs.add(() -> distinctInBlock(store, dataset, attributes, position));
		return Parallel.all(jobs, executor).stream().flatMapToLong(Arrays::stream).sorted().distinct().toArray();
	}

	/** Every label of the dataset mapped to itself. */
	public static LabelMapping identity(N5Store store, String dataset, ExecutorService executor) throws IOException {
		long[] ids = distinct(store, dataset, executor);
		return new LabelMapping(ids, ids.clone());
	}

	private static long[] distinctInBlock(N5Store store, String dataset, N5DatasetAttributes attributes, long[] position) throws IOException {
		N5Block block = store.readBlock(dataset, attributes, position);
		return block == null ? new long[0] : Arrays.stream((long[]) block.data()).filter(id -> id != 0).sorted().distinct().toArray();
	}
}
