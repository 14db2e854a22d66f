package connectomej.proofread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import connectomej.io.VolumeFiles;
import connectomej.volume.Volume;
import connectomej.volume.VoxelSize;
import net.imglib2.img.array.ArrayImgs;

/**
 * A 12 x 4 x 2 voxel session (x, y, z), every row of x alike in all y and z:
 * <pre>
 * x         0 1 2 3 4 5 6 7 8 9 10 11
 * segment   1 1 1 2 2 2 3 3 3 3 3  3     (3 is a false merge of x 6-8 and x 9-11)
 * membrane  0 0 0 0 0 0 0 0 .5 .9 0 0
 * </pre>
 * Synapses (cleft centroid x, at y 1.5, z 0.5): 1 at 2.5 (pre 1, post 2), 2 at 5.5 (pre 2, post 3), 3 at 8.5 (pre 3,
 * post 3: an autapse made by the false merge). Voxel size 4 x 4 x 40 nm.
 */
final class ProofreadFixture {

	static final int WIDTH = 12, HEIGHT = 4, DEPTH = 2;
	static final long[] ROW = { 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3 };
	static final float[] MEMBRANE_ROW = { 0, 0, 0, 0, 0, 0, 0, 0, 0.5f, 0.9f, 0, 0 };
	static final VoxelSize VOXEL = new VoxelSize(4, 4, 40);

	private ProofreadFixture() {}

	/** Writes raw.tif, labels.tif, membranes.tif and synapses.csv into {@code dir}; returns inputs with all of them. */
	static SessionInputs write(Path dir) throws IOException {
		float[] labels = new float[WIDTH * HEIGHT * DEPTH], membranes = new float[labels.length], raw = new float[labels.length];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = ROW[i % WIDTH];
			membranes[i] = MEMBRANE_ROW[i % WIDTH];
			raw[i] = 200 - 150 * membranes[i];
		}
		write(raw, dir.resolve("raw.tif"));
		write(labels, dir.resolve("labels.tif"));
		write(membranes, dir.resolve("membranes.tif"));
		Files.writeString(dir.resolve("synapses.csv"), "id,x,y,z,x_nm,y_nm,z_nm,cleft_voxels,confidence,pre,post\n"
				+ "1,2.5,1.5,0.5,10,6,20,8,0.9,1,2\n" + "2,5.5,1.5,0.5,22,6,20,8,0.9,2,3\n" + "3,8.5,1.5,0.5,34,6,20,8,0.9,3,3\n");
		return inputs(dir);
	}

	/** The inputs of a fixture written into {@code dir} by {@link #write}. */
	static SessionInputs inputs(Path dir) {
		return new SessionInputs(s(dir, "raw.tif"), s(dir, "labels.tif"), s(dir, "membranes.tif"), dir.resolve("synapses.csv"),
				null, null);
	}

	private static void write(float[] voxels, Path file) throws IOException {
		VolumeFiles.write(new Volume<>(ArrayImgs.floats(voxels, WIDTH, HEIGHT, DEPTH), VOXEL), file.toString());
	}

	private static String s(Path dir, String name) {
		return dir.resolve(name).toString();
	}

	/** The labels of row (y, z) of a session. */
	static long[] row(ProofreadSession session, int y, int z) throws IOException {
		long[] section = session.labelSection(z);
		long[] row = new long[WIDTH];
		System.arraycopy(section, y * WIDTH, row, 0, WIDTH);
		return row;
	}
}
