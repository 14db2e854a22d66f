package connectomej.io.tiff;

import java.util.OptionalDouble;

import connectomej.io.LengthUnits;
import connectomej.volume.VoxelSize;

/**
 * Voxel size of a TIFF the way ImageJ reads it: x and y from the X/YResolution tags (pixels per unit), z from
 * {@code spacing=} in ImageJ's description (1 unit when absent), the unit from {@code unit=} or else the
 * ResolutionUnit tag (2 inch, 3 cm). Converted to nm; files without a length unit get 1 nm per axis.
 */
final class TiffCalibration {

	private TiffCalibration() {}

	/** Voxel size in nm, axes x, y, z. */
	static VoxelSize voxelSize(TiffDirectory dir) {
		ImageJDescription ij = ImageJDescription.parse(dir.description());
		String unit = ij.unit() != null ? ij.unit() : tagUnit(dir.resolutionUnit());
		OptionalDouble nm = LengthUnits.nanometresPer(unit);
		if (nm.isEmpty())
			return VoxelSize.UNIT;
		double x = perPixel(dir.xResolution(), 1), y = perPixel(dir.yResolution(), x);
		double z = ij.spacing() > 0 ? ij.spacing() : 1;
		try {
			return new VoxelSize(x * nm.getAsDouble(), y * nm.getAsDouble(), z * nm.getAsDouble());
		} catch (IllegalArgumentException e) {
			return VoxelSize.UNIT;
		}
	}

	private static double perPixel(double pixelsPerUnit, double fallback) {
		return pixelsPerUnit > 0 && Double.isFinite(pixelsPerUnit) ? 1 / pixelsPerUnit : fallback;
	}

	private static String tagUnit(int resolutionUnit) {
		return switch (resolutionUnit) {
			case 2 -> "inch";
			case 3 -> "cm";
			default -> null;
		};
	}
}
