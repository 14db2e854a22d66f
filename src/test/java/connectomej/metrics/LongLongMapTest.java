package connectomej.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LongLongMapTest {

	@Test
	void agreesWithHashMapOnRandomKeysThroughGrowth() {
		Random random = new Random(7);
		LongLongMap map = new LongLongMap(2);
		Map<Long, Long> reference = new HashMap<>();
		for (int i = 0; i < 50_000; i++) {
			long key = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(5000) << 32;
			long delta = random.nextInt(10) - 3;
			map.addTo(key, delta);
			reference.merge(key, delta, Long::sum);
		}
		assertEquals(reference.size(), map.size());
		reference.forEach((k, v) -> assertEquals(v, map.get(k, Long.MIN_VALUE), "key " + k));
		int[] visited = new int[1];
		map.forEach((k, v) -> {
			assertEquals(reference.get(k), v);
			visited[0]++;
		});
		assertEquals(reference.size(), visited[0]);
	}

	@Test
	void extremeKeysAreOrdinaryKeys() {
		LongLongMap map = new LongLongMap();
		for (long key : new long[] { 0, -1, Long.MIN_VALUE, Long.MAX_VALUE })
			map.put(key, key ^ 5);
		for (long key : new long[] { 0, -1, Long.MIN_VALUE, Long.MAX_VALUE })
			assertEquals(key ^ 5, map.get(key, 42));
		assertTrue(map.containsKey(Long.MIN_VALUE));
		assertFalse(map.containsKey(1));
		assertEquals(42, map.get(1, 42));
		assertEquals(4, map.size());
	}
}
