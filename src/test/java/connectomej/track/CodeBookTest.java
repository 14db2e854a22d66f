package connectomej.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class CodeBookTest {

	@Test
	void digitsAreCeilingOfLogK() {
		assertEquals(1, CodeBook.digitsFor(1, 4));
		assertEquals(3, CodeBook.digitsFor(8, 2));
		assertEquals(4, CodeBook.digitsFor(9, 2));
		assertEquals(6, CodeBook.digitsFor(4096, 4));
		assertEquals(7, CodeBook.digitsFor(4097, 4));
	}

	@Test
	void everyWordIsDistinctAndDecodesToItsObject() {
		long[] ids = LongStream.rangeClosed(1, 100).map(i -> i * 7).toArray();
		CodeBook code = CodeBook.random(ids, 3, 0, 0, new Random(1));
		assertEquals(5, code.digits());
		Set<Long> keys = new HashSet<>();
		for (long id : ids) {
			long key = code.key(word(code, id));
			assertTrue(keys.add(key), "duplicate word");
			assertEquals(id, code.decode(key));
		}
		assertEquals(-1, code.colour(3, 0));
	}

	@Test
	void wordsAreRedrawnForEverySample() {
		long[] ids = LongStream.rangeClosed(1, 50).toArray();
		Random random = new Random(5);
		CodeBook a = CodeBook.random(ids, 4, 0, 0, random), b = CodeBook.random(ids, 4, 0, 0, random);
		int same = 0;
		for (long id : ids)
			same += a.key(word(a, id)) == b.key(word(b, id)) ? 1 : 0;
		assertTrue(same < 10, same + " of 50 words repeated");
	}

	@Test
	void aTupleOfNoWordDecodesToNoObject() {
		CodeBook code = CodeBook.random(new long[] { 4, 5, 6 }, 2, 0, 0, new Random(2));
		Set<Long> used = new HashSet<>();
		for (long id : new long[] { 4, 5, 6 })
			used.add(code.key(word(code, id)));
		long unused = LongStream.range(0, 4).filter(k -> !used.contains(k)).findFirst().getAsLong();
		assertEquals(CodeBook.NO_OBJECT, code.decode(unused));
	}

	@Test
	void redundantDigitsCorrectOneWrongDigit() {
		CodeBook code = CodeBook.random(new long[] { 9 }, 2, 0, 2, new Random(3));
		assertEquals(3, code.digits());
		int[] w = word(code, 9);
		w[1] = 1 - w[1];
		assertEquals(9, code.decode(code.key(w)));
		w[2] = 1 - w[2];
		assertEquals(CodeBook.NO_OBJECT, code.decode(code.key(w)));
	}

	@Test
	void tooManyObjectsSaysWhichCodeWouldDo() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CodeBook.random(new long[] { 1, 2, 3, 4, 5 }, 2, 2, 0, new Random(4)));
		assertTrue(e.getMessage().contains("use 3 digits, or 3 colours"), e.getMessage());
		assertNotEquals(null, CodeBook.random(new long[] { 1, 2, 3, 4 }, 2, 2, 0, new Random(4)));
	}

	private static int[] word(CodeBook code, long id) {
		int[] w = new int[code.digits()];
		for (int d = 0; d < w.length; d++)
			w[d] = code.colour(id, d);
		return w;
	}
}
