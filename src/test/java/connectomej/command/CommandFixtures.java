package connectomej.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import connectomej.io.VolumeFiles;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.FinalInterval;
import net.imglib2.view.Views;

/**
 * Small inputs for command and macro tests: corners of the bundled sample {@code sample-data/synthetic-tem} (same
 * file names, same voxel size) and a tiny untrained MergeNet.
 */
public final class CommandFixtures {

	/** The bundled sample folder, relative to the project root (the tests' working directory). */
	public static final Path SAMPLE = Path.of("sample-data", "synthetic-tem");

	/** The volumes of the sample that the commands read. */
	public static final List<String> VOLUMES = List.of("raw.tif", "neuron_ids.tif", "clefts.tif", "vesicles.tif");

	/** The shipped models, as files. */
	public static final Path TRACK_MODEL = Path.of("src/main/resources/models/track-3c-k4.zip"),
			MEMBRANE_MODEL = Path.of("src/main/resources/models/membrane-shallow.zip");

	private CommandFixtures() {}

	/**
	 * Writes the corner [0, w) x [0, h) x [0, d) (x, y, z) of every sample volume into {@code folder}, under the
	 * sample's file names.
	 *
	 * @return the folder
	 */
	public static Path sampleCorner(Path folder, long w, long h, long d) throws IOException {
		Files.createDirectories(folder);
		for (String name : VOLUMES) {
			var v = VolumeFiles.read(SAMPLE.resolve(name).toString());
			var corner = Views.zeroMin(Views.interval(v.data(), new FinalInterval(new long[3], new long[] { w - 1, h - 1, d - 1 })));
			VolumeFiles.write(new Volume<>(corner, v.voxelSize()), folder.resolve(name).toString());
		}
		return folder;
	}

	/** Writes a tiny untrained 3D MergeNet (grid 4, window 8^3 voxels, fixed seed) to {@code file}. */
	public static Path tinyMergeNet(Path file) throws IOException {
		ModelInfo info = MergeNetModels.info(3, new int[] { 8, 8, 8 }, 4, VoxelSize.UNIT, new ModelInfo.Training("none", "test"), Map.of());
		ModelFiles.save(file, MergeNet.create(new MergeNet.Settings(3, 4, new int[] { 2 }, 4, 1, 1e-3)), info, false);
		return file;
	}
}
