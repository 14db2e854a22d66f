package connectomej.proofread;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used sections of one volume, by z; the least recently used is dropped when more than
 * {@code capacity} are held.
 *
 * @param <A> the section array type
 */
final class SectionCache<A> {

	/** Reads one section. */
	@FunctionalInterface
	interface Loader<A> {

		A load(int z) throws IOException;
	}

	private final Loader<A> loader;
	private final Map<Integer, A> sections;

	SectionCache(int capacity, Loader<A> loader) {
		this.loader = loader;
		this.sections = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Integer, A> eldest) {
				return size() > capacity;
			}
		};
	}

	/** Section {@code z}, read on a miss. */
	A get(int z) throws IOException {
		A section = sections.get(z);
		if (section == null) {
			section = loader.load(z);
			sections.put(z, section);
		}
		return section;
	}

	/** Forgets every section (after an edit, for caches of edited sections). */
	void clear() {
		sections.clear();
	}
}
