package connectomej.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;

class PatchSamplerTest {

	/** 5 sections, each of one grey value 50 (z + 1); every pixel labelled membrane. */
	static PatchSampler sampler(long first, long last, int context) {
		var raw = ArrayImgs.unsignedBytes(20, 20, 5);
		for (int z = 0; z < 5; z++)
			for (UnsignedByteType t : Views.hyperSlice(raw, 2, z))
				t.set(50 * (z + 1));
		var labels = ArrayImgs.unsignedBytes(20, 20, 5);
		labels.forEach(t -> t.set(1));
		return new PatchSampler(raw, labels, first, last, ModelInfo.Normalization.UNIT_RANGE, context);
	}

	/** The section each channel of a patch was read from (its grey value is 50 (z + 1)). */
	static int[] sectionsOf(float[] patch, int n, int channels) {
		int[] z = new int[channels];
		for (int c = 0; c < channels; c++) {
			float v = patch[c * n * n];
			for (int i = 0; i < n * n; i++)
				assertEquals(v, patch[c * n * n + i], 1e-6, "a channel is one section");
			z[c] = Math.round(v * 255 / 50) - 1;
		}
		return z;
	}

	@Test
	void contextSectionsAreTheNeighboursInOrderOrReversedAndStayInTheRange() {
		PatchSampler s = sampler(1, 3, 3);
		Random random = new Random(4);
		Set<List<Integer>> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			float[][] p = s.sample(8, true, 0, random);
			assertEquals(3 * 64, p[0].length);
			assertEquals(64, p[1].length);
			int[] z = sectionsOf(p[0], 8, 3);
			assertTrue(z[1] >= 1 && z[1] <= 3, "centre in the range");
			for (int c : new int[] { 0, 2 })
				assertTrue(z[c] >= 1 && z[c] <= 3, "context section " + z[c] + " outside the sampled range 1-3");
			seen.add(List.of(z[0], z[1], z[2]));
		}
		assertEquals(Set.of(List.of(2, 1, 2), List.of(1, 2, 3), List.of(3, 2, 1), List.of(2, 3, 2)), seen,
				"mirrored at the range's ends, and both orders");
	}

	@Test
	void oneSectionPatchesReadTheLabelledSection() {
		PatchSampler s = sampler(0, 4, 1);
		Random random = new Random(2);
		for (int i = 0; i < 50; i++) {
			float[][] p = s.sample(8, true, 0, random);
			assertEquals(64, p[0].length);
			int z = sectionsOf(p[0], 8, 1)[0];
			assertTrue(z >= 0 && z <= 4);
		}
	}
}
