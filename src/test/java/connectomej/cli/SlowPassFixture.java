package connectomej.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import connectomej.io.VolumeFiles;
import connectomej.merge.MergeNet;
import connectomej.merge.MergeNetModels;
import connectomej.nn.ModelFiles;
import connectomej.nn.ModelInfo;
import connectomej.nn.ReceptiveField;
import connectomej.nn.ShallowMembraneNet;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.Cursor;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Tiny inputs for the slow-pass steps of {@code run}: a 32 x 24 x 4 volume (8 nm voxels) whose dark walls at
 * x = 0 and x = 16 bound two bright cells, A (x 1..15) and B (x 17..31); a cleft map on the wall between them
 * (x = 16, y 8..15); vesicles in A next to it (x 12..15, y 8..15), so A is presynaptic; untrained tiny models.
 */
public final class SlowPassFixture {

	static final int NX = 32, NY = 24, NZ = 4;

	private SlowPassFixture() {}

	static String raw(Path dir) throws IOException {
		var raw = ArrayImgs.unsignedBytes(NX, NY, NZ);
		Cursor<UnsignedByteType> c = raw.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			c.get().set(c.getIntPosition(0) % 16 == 0 ? 10 : 220);
		}
		return write(new Volume<>(raw, VoxelSize.isotropic(8)), dir.resolve("raw.tif"));
	}

	/** 1 inside x in [x0, x1], y 8..15, every z; 0 elsewhere. */
	static String map(Path dir, String name, int x0, int x1) throws IOException {
		var map = ArrayImgs.floats(NX, NY, NZ);
		Cursor<FloatType> c = map.localizingCursor();
		while (c.hasNext()) {
			c.fwd();
			int x = c.getIntPosition(0), y = c.getIntPosition(1);
			c.get().set(x >= x0 && x <= x1 && y >= 8 && y <= 15 ? 1 : 0);
		}
		return write(new Volume<>(map, VoxelSize.isotropic(8)), dir.resolve(name + ".tif"));
	}

	private static String write(Volume<? extends net.imglib2.type.numeric.RealType<?>> v, Path file) throws IOException {
		VolumeFiles.write(v, file.toString());
		return file.toString();
	}

	/** An untrained 2D per-pixel net (4 layers of 2 maps, receptive field 9) described as a model for {@code task}. */
	public static Path pixelModel(Path dir, String task) throws IOException {
		return pixelModel(dir, task, 1);
	}

	/** An untrained per-pixel model for a task that reads {@code sections} adjacent sections (2.5D when more than 1). */
	public static Path pixelModel(Path dir, String task, int sections) throws IOException {
		var s = new ShallowMembraneNet.Settings(2, sections, 1, 2, 4, 11, 1e-3);
		ModelInfo info = new ModelInfo(1, task, 2, sections, List.of(task), ModelInfo.Normalization.UNIT_RANGE, VoxelSize.UNIT,
				new int[] { 16, 16 }, ReceptiveField.of(ShallowMembraneNet.configuration(s), 2).size(), 1,
				new ModelInfo.Training("none", "test"), Map.of());
		Path file = dir.resolve(task + ".zip");
		ModelFiles.save(file, ShallowMembraneNet.create(s), info, false);
		return file;
	}

	/** An untrained 3D MergeNet: grid 4, window 8^3 voxels. */
	static Path mergeNet(Path dir) throws IOException {
		ModelInfo info = MergeNetModels.info(3, new int[] { 8, 8, 8 }, 4, VoxelSize.UNIT, new ModelInfo.Training("none", "test"), Map.of());
		Path file = dir.resolve("mergenet.zip");
		ModelFiles.save(file, MergeNet.create(new MergeNet.Settings(3, 4, new int[] { 2 }, 4, 1, 1e-3)), info, false);
		return file;
	}
}
