package connectomej.io;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Length unit names found in image files (ImageJ calibrations, TIFF resolution units, OME-Zarr axes) and their size in
 * nanometres.
 */
public final class LengthUnits {

	private LengthUnits() {}

	/**
	 * Nanometres per one unit of the given name.
	 *
	 * @param unit a unit name such as {@code angstrom}, {@code nm}, {@code um}, {@code micron}, {@code µm},
	 *            {@code micrometer} (OME-Zarr's names), {@code mm}, {@code cm},
	 *            {@code m}, {@code inch}; case and surrounding blanks are ignored
	 * @return the size of the unit in nm, or empty for unknown names and unit-less ones ({@code pixel}, blank)
	 */
	public static OptionalDouble nanometresPer(String unit) {
		if (unit == null)
			return OptionalDouble.empty();
		return switch (unit.trim().toLowerCase(Locale.ROOT)) {
			case "angstrom", "angstroms", "ångström", "\u00e5" -> OptionalDouble.of(0.1); // Å, lower-cased
			case "pm", "picometer", "picometers", "picometre", "picometres" -> OptionalDouble.of(1e-3);
			case "nm", "nanometer", "nanometers", "nanometre", "nanometres" -> OptionalDouble.of(1);
			case "um", "µm", "\u03bcm", "micron", "microns", "micrometer", "micrometers", "micrometre", "micrometres" -> OptionalDouble.of(1e3);
			case "mm", "millimeter", "millimeters", "millimetre", "millimetres" -> OptionalDouble.of(1e6);
			case "dm", "decimeter", "decimeters", "decimetre", "decimetres" -> OptionalDouble.of(1e8);
			case "cm", "centimeter", "centimeters", "centimetre", "centimetres" -> OptionalDouble.of(1e7);
			case "m", "meter", "meters", "metre", "metres" -> OptionalDouble.of(1e9);
			case "inch", "inches", "in" -> OptionalDouble.of(2.54e7);
			default -> OptionalDouble.empty();
		};
	}
}
