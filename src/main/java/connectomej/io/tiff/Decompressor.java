package connectomej.io.tiff;

import java.util.zip.DataFormatException;

/** Turns the stored bytes of one strip or tile back into its pixel bytes. */
interface Decompressor {

	/**
	 * @param stored the bytes as stored in the file
	 * @param expected number of pixel bytes the segment holds
	 * @return at least {@code expected} bytes (more are ignored)
	 * @throws DataFormatException when the stored bytes are corrupt or end too early
	 */
	byte[] decompress(byte[] stored, int expected) throws DataFormatException;
}
