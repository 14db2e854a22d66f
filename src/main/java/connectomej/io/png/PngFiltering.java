package connectomej.io.png;

/** Which PNG row filters the writer uses. */
public enum PngFiltering {
	/** Filter 0 on every row: fastest. */
	NONE,
	/** Per row, the filter with the smallest sum of absolute differences: smaller files, the usual choice. */
	ADAPTIVE
}
