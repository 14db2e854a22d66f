package connectomej.proofread.view;

import java.io.IOException;

import connectomej.proofread.ProofreadSession;
import connectomej.volume.VoxelSize;
import ij.ImagePlus;
import ij.process.ByteProcessor;

/**
 * XZ and YZ views through a point, as ImageJ images: XZ has x across and z down, YZ has z across and y down (as
 * ImageJ's Orthogonal Views). Each section is read once and only its row y and its column x are kept. The z axis is
 * stretched by the voxel anisotropy (at most {@link #MAX_STRETCH} times) so that shapes look right.
 */
public final class OrthogonalViews {

	/** The largest z stretch, so that very anisotropic volumes still fit on the screen. */
	public static final int MAX_STRETCH = 10;

	private OrthogonalViews() {}

	/** The two views through voxel (x, y), {@code [XZ, YZ]}, grey values mapped by {@code scale}. */
	public static ImagePlus[] through(ProofreadSession session, int x, int y, GreyScale scale) throws IOException {
		int w = (int) session.dimensions()[0], h = (int) session.dimensions()[1], d = (int) session.dimensions()[2];
		ByteProcessor xz = new ByteProcessor(w, d), yz = new ByteProcessor(d, h);
		float[] row = new float[w], column = new float[h];
		for (int z = 0; z < d; z++) {
			float[] section = session.rawSection(z);
			System.arraycopy(section, y * w, row, 0, w);
			for (int j = 0; j < h; j++)
				column[j] = section[x + j * w];
			byte[] r = scale.toBytes(row), c = scale.toBytes(column);
			for (int i = 0; i < w; i++)
				xz.set(i, z, r[i] & 0xff);
			for (int j = 0; j < h; j++)
				yz.set(z, j, c[j] & 0xff);
		}
		int stretch = stretch(session.voxelSize());
		xz.setInterpolationMethod(ByteProcessor.NONE);
		yz.setInterpolationMethod(ByteProcessor.NONE);
		return new ImagePlus[] { new ImagePlus("XZ at y=" + y, xz.resize(w, d * stretch)),
			new ImagePlus("YZ at x=" + x, yz.resize(d * stretch, h)) };
	}

	/** How many display rows one section gets: z over xy voxel size, rounded, 1..{@link #MAX_STRETCH}. */
	static int stretch(VoxelSize v) {
		return (int) Math.max(1, Math.min(MAX_STRETCH, Math.round(v.z() / v.x())));
	}
}
