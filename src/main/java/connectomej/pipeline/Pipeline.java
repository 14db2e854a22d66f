package connectomej.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import connectomej.io.BadInputException;
import connectomej.io.EightBitEm;
import connectomej.io.SectionSource;
import connectomej.io.SectionStreams;
import connectomej.io.VolumeLocation;
import connectomej.io.n5.N5DataType;
import connectomej.io.n5.N5DatasetAttributes;
import connectomej.io.n5.N5Store;
import connectomej.io.n5.N5Volumes;
import connectomej.progress.CanceledException;
import connectomej.progress.ProgressListener;
import connectomej.segment.WatershedSettings;
import connectomej.volume.VoxelSize;

/**
 * The fast pass of the multi-pass pipeline (Meirovitch et al. 2016, arXiv 1612.02120), block by block through an
 * N5 container: raw -> membranes -> supervoxels -> segments -> skeletons, then the objects table, a report and a
 * BigDataViewer export. Model + settings + engine in the style of TrackMate: {@link #checkInput()},
 * {@link #process()}, {@link #getErrorMessage()}, {@link #cancel()}; no UI.
 * <p>
 * The input is read a slab of sections at a time ({@link SectionImport}; lazily for TIFF stacks), and every later
 * stage works block by block or on per-object data, so memory does not grow with the volume except where
 * {@code BENCHMARKS.md} (issue 4) says.
 * <p>
 * Resumable: blocks already written and label mappings already computed by an interrupted run with the same settings
 * are not computed again.
 */
public final class Pipeline {

	private final PipelineSettings settings;
	private final SlowPassSettings slowPass;
	private List<String> slowPassSummary = List.of();
	private final ExecutorService executor;
	private final ProgressListener listener;
	private final PipelineModel model = new PipelineModel();
	private final OutputFolder folder;
	private volatile boolean canceled;
	private Exception failure;

	/**
	 * @param executor runs blocks; owned by the caller
	 * @param listener progress per stage; its cancellation is honoured as well as {@link #cancel()}
	 */
	public Pipeline(PipelineSettings settings, ExecutorService executor, ProgressListener listener) {
		this(settings, SlowPassSettings.NONE, executor, listener);
	}

	/**
	 * A run of the fast pass followed by the slow-pass steps asked for (synapses, MergeNet, variance map).
	 *
	 * @param executor runs blocks; owned by the caller
	 * @param listener progress per stage; its cancellation is honoured as well as {@link #cancel()}
	 */
	public Pipeline(PipelineSettings settings, SlowPassSettings slowPass, ExecutorService executor, ProgressListener listener) {
		this.settings = settings;
		this.slowPass = slowPass;
		this.executor = executor;
		this.folder = new OutputFolder(settings.output());
		this.listener = new ProgressListener() {
			@Override
			public void progress(String stage, long done, long total) {
				listener.progress(stage, done, total);
			}

			@Override
			public boolean isCanceled() {
				return canceled || listener.isCanceled();
			}
		};
	}

	/** Checks that the input exists and the output folder may be used; false with an error message otherwise. */
	public boolean checkInput() {
		try {
			VolumeLocation at = VolumeLocation.parse(settings.input());
			if (!java.nio.file.Files.exists(at.file()))
				throw new BadInputException(at.file(), "no such file");
			if (folder.check(settings.describe(), settings.overwrite()))
				SlowPassStages.checkFolder(slowPass, folder, settings.overwrite());
			return true;
		} catch (IOException | RuntimeException e) {
			failure = e;
			return false;
		}
	}

	/** Runs every stage; false with an error message when a stage failed or the run was canceled. */
	public boolean process() {
		try {
			// checked whole here, before the output folder is made; the import then reads it unchecked
			try (SectionSource raw = SectionStreams.open(settings.input())) {
				EightBitEm.requireAll(raw, VolumeLocation.parse(settings.input()).file());
				settings.membranes().checkInput(raw.dimensions());
				slowPass.checkInput(raw.dimensions(), settings);
				VoxelSize voxelSize = settings.voxelSize() != null ? settings.voxelSize() : raw.voxelSize();
				model.setVolume(raw.dimensions(), voxelSize);
				model.addHint(anisotropyHint(settings.supervoxels(), voxelSize));
				if (voxelSize.isUnrecorded())
					model.addHint(VoxelSize.unrecordedNote(VolumeLocation.parse(settings.input()).file()));
				model.setResumed(folder.prepare(settings.describe(), settings.overwrite()));
				N5Store store = N5Store.create(folder.store());
				createDatasets(store, raw.dimensions(), voxelSize);
				new FastPassStages(settings, folder, store, executor, listener, model).run(raw);
				slowPassSummary = new SlowPassStages(slowPass, new SlowPassContext(settings, folder, store, executor, listener, model))
						.run(model.resumed());
				if (settings.bigDataViewer() && !BigDataViewerStage.slowPassChannels(store).isEmpty())
					BigDataViewerStage.export(store, folder, voxelSize, executor);
			}
			PipelineReport.write(settings, model, folder);
			SlowPassReport.append(folder, slowPassSummary);
			return true;
		} catch (IOException | RuntimeException e) {
			failure = e;
			return false;
		}
	}

	/** The watershed's advice for this volume ({@link WatershedSettings#anisotropyHint}), or null. */
	static String anisotropyHint(SupervoxelStage supervoxels, VoxelSize voxelSize) {
		return supervoxels instanceof WatershedSupervoxels w ? w.settings().anisotropyHint(voxelSize) : null;
	}

	/** Asks a running {@link #process()} to stop after the blocks in progress; finished blocks are kept. */
	public void cancel() {
		canceled = true;
	}

	/** What went wrong, or null. */
	public String getErrorMessage() {
		return failure == null ? null : failure instanceof CanceledException ? "canceled" : failure.getMessage();
	}

	/** The exception behind {@link #getErrorMessage()}, or null. */
	public Exception getFailure() {
		return failure;
	}

	/** One summary line per slow-pass step of the last {@link #process()}, in order; empty without steps. */
	public List<String> getSlowPassSummary() {
		return slowPassSummary;
	}

	/** The results. */
	public PipelineModel getModel() {
		return model;
	}

	/** A pool of daemon threads, one per core: for callers without an executor of their own. */
	public static ExecutorService defaultExecutor() {
		return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
			Thread t = new Thread(r, "connectomej-blocks");
			t.setDaemon(true);
			return t;
		});
	}

	private void createDatasets(N5Store store, long[] dimensions, VoxelSize voxelSize) throws IOException {
		int[] block = new int[3];
		for (int d = 0; d < 3; d++)
			block[d] = (int) settings.blockSize()[d];
		Map<String, N5DataType> types = Map.of(PipelineDatasets.RAW, N5DataType.UINT8, PipelineDatasets.MEMBRANES, N5DataType.FLOAT32,
				PipelineDatasets.BLOCK_SUPERVOXELS, N5DataType.UINT64, PipelineDatasets.SUPERVOXELS, N5DataType.UINT64,
				PipelineDatasets.SEGMENTS, N5DataType.UINT64);
		for (Map.Entry<String, N5DataType> e : types.entrySet()) {
			store.createDataset(e.getKey(), new N5DatasetAttributes(dimensions, block, e.getValue(), settings.compression()));
			store.setAttributes(e.getKey(), Map.of(N5Volumes.RESOLUTION, voxelSize.toArray(), "unit", "nm"));
		}
	}
}
