package connectomej.track;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.view.Views;

/**
 * The axis a 3C sweep (Meirovitch, Mi et al. 2018, arXiv 1812.01157) follows through a volume. The tracker always
 * sweeps along the last axis of what it is given, section by section; on isotropic data (FIB-SEM) the sweep can follow
 * the direction the neurites run instead, by handing the tracker a view with that axis last. Each view is a swap of
 * two axes, so the same view turns the tracked result back. Test scope (session 21): on gala neither a sweep along y
 * or x nor their join with the z sweep beat the z sweep (ACCURACY.md, issue 6, session 21).
 */
enum SweepAxis {
	/** Sections are x-y planes (the stack as acquired). */
	Z,
	/** Sections are x-z planes, in y order: the view's axes are (x, z, y). */
	Y,
	/** Sections are z-y planes, in x order: the view's axes are (z, y, x). */
	X;

	/**
	 * The volume seen with this axis last, with its minimum at the origin.
	 *
	 * @param volume axes (x, y, z)
	 * @return a view with axes as the constant's javadoc says; for {@link #Z} the volume itself (at the origin)
	 */
	<T> RandomAccessibleInterval<T> sections(RandomAccessibleInterval<T> volume) {
		return switch (this) {
		case Z -> Views.zeroMin(volume);
		case Y -> Views.zeroMin(Views.permute(volume, 1, 2));
		case X -> Views.zeroMin(Views.permute(volume, 0, 2));
		};
	}

	/**
	 * A result computed on {@link #sections(RandomAccessibleInterval)} seen in the volume's own axes again.
	 *
	 * @param swept axes as {@link #sections} gave them
	 * @return axes (x, y, z), minimum at the origin
	 */
	<T> RandomAccessibleInterval<T> volume(RandomAccessibleInterval<T> swept) {
		return sections(swept);
	}

	/** The axis named by {@code name}, z, y or x in either case. */
	static SweepAxis of(String name) {
		for (SweepAxis a : values())
			if (a.name().equalsIgnoreCase(name))
				return a;
		throw new IllegalArgumentException("sweep axis must be z, y or x, not " + name);
	}
}
