package connectomej.synth;

import connectomej.volume.VoxelSize;
import net.imglib2.FinalInterval;

/**
 * Everything that defines a synthetic EM volume. Two settings that are equal give identical voxels.
 *
 * @param sizeX extent along x in voxels, > 0
 * @param sizeY extent along y in voxels, > 0
 * @param sizeZ extent along z in voxels (sections), > 0
 * @param voxelSize nm per axis x, y, z
 * @param seed the random seed of geometry, texture and noise
 * @param modality serial-section TEM (anisotropic) or FIB-SEM (isotropic)
 * @param neuriteDensity neurite profiles per square micrometre of a cross-section (real neuropil: ~15-40)
 * @param synapseCount synapses to place (fewer when the volume has too few contacts)
 * @param mitoDensity mitochondria per micrometre of neurite length, for neurites thick enough to hold one
 * @param blurSigmaNm standard deviation of the Gaussian point-spread function in the plane, nm (0 = none)
 * @param gaussianNoise standard deviation of additive detector noise, grey levels (0-255 scale)
 * @param photonsPerGrey electrons counted per grey level for shot (Poisson) noise; 0 = no shot noise
 * @param sectionDrift amplitude of section-to-section brightness drift, grey levels (contrast drifts by a tenth of
 *        it, in per cent)
 */
public record SynthSettings(long sizeX, long sizeY, long sizeZ, VoxelSize voxelSize, long seed, Modality modality,
	double neuriteDensity, int synapseCount, double mitoDensity, double blurSigmaNm, double gaussianNoise,
	double photonsPerGrey, double sectionDrift) {

	/** Synapses per cubic micrometre in the presets (denser than cortex's ~1, to give training data more examples). */
	public static final double PRESET_SYNAPSES_PER_CUBIC_MICRON = 4;

	public SynthSettings {
		if (sizeX <= 0 || sizeY <= 0 || sizeZ <= 0)
			throw new IllegalArgumentException("size must be > 0 on every axis, got " + sizeX + " x " + sizeY + " x " + sizeZ);
		if (voxelSize == null || modality == null)
			throw new NullPointerException("voxel size and modality are required");
		if (!(neuriteDensity > 0) || synapseCount < 0 || mitoDensity < 0)
			throw new IllegalArgumentException("neurite density must be > 0, synapse count and mito density >= 0");
		if (blurSigmaNm < 0 || gaussianNoise < 0 || photonsPerGrey < 0 || sectionDrift < 0)
			throw new IllegalArgumentException("blur, noise and drift must be >= 0");
	}

	/**
	 * The preset of a modality for a volume of the given size (voxels, x, y, z): its voxel size, ~30 neurite profiles
	 * per um^2, {@value #PRESET_SYNAPSES_PER_CUBIC_MICRON} synapses per um^3, and its typical blur and noise.
	 */
	public static SynthSettings preset(Modality modality, long sizeX, long sizeY, long sizeZ, long seed) {
		VoxelSize v = modality.defaultVoxelSize();
		double cubicMicrons = sizeX * v.x() * sizeY * v.y() * sizeZ * v.z() * 1e-9;
		int synapses = (int) Math.round(PRESET_SYNAPSES_PER_CUBIC_MICRON * cubicMicrons);
		if (modality == Modality.ANISOTROPIC_TEM)
			return new SynthSettings(sizeX, sizeY, sizeZ, v, seed, modality, 30, synapses, 0.6, 4, 5, 1.5, 10);
		return new SynthSettings(sizeX, sizeY, sizeZ, v, seed, modality, 30, synapses, 0.4, 6, 7, 1.2, 3);
	}

	/** Serial-section TEM preset (4 x 4 x 40 nm). */
	public static SynthSettings anisotropicTem(long sizeX, long sizeY, long sizeZ, long seed) {
		return preset(Modality.ANISOTROPIC_TEM, sizeX, sizeY, sizeZ, seed);
	}

	/** FIB-SEM preset (8 nm isotropic). */
	public static SynthSettings isotropicFibsem(long sizeX, long sizeY, long sizeZ, long seed) {
		return preset(Modality.ISOTROPIC_FIBSEM, sizeX, sizeY, sizeZ, seed);
	}

	/** The same settings with another seed. */
	public SynthSettings withSeed(long newSeed) {
		return new SynthSettings(sizeX, sizeY, sizeZ, voxelSize, newSeed, modality, neuriteDensity, synapseCount,
			mitoDensity, blurSigmaNm, gaussianNoise, photonsPerGrey, sectionDrift);
	}

	/** The same settings with another synapse count. */
	public SynthSettings withSynapseCount(int count) {
		return new SynthSettings(sizeX, sizeY, sizeZ, voxelSize, seed, modality, neuriteDensity, count,
			mitoDensity, blurSigmaNm, gaussianNoise, photonsPerGrey, sectionDrift);
	}

	/** The same settings without blur, noise or drift: the clean image. */
	public SynthSettings noiseless() {
		return new SynthSettings(sizeX, sizeY, sizeZ, voxelSize, seed, modality, neuriteDensity, synapseCount,
			mitoDensity, 0, 0, 0, 0);
	}

	/** The whole volume, [0, size - 1] per axis x, y, z, in voxels. */
	public FinalInterval interval() {
		return new FinalInterval(sizeX, sizeY, sizeZ);
	}

	/** Physical extent per axis x, y, z, in nm. */
	public double[] extentNm() {
		return new double[] { sizeX * voxelSize.x(), sizeY * voxelSize.y(), sizeZ * voxelSize.z() };
	}
}
