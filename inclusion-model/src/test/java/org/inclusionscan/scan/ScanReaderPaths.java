package org.inclusionscan.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The two ways {@link ScanReader} reads a document, each alone, for the differential test in the
 * fuzz package (which holds the generators).
 */
public final class ScanReaderPaths {

    private ScanReaderPaths() {
    }

    /**
     * The reference: a Jackson tree, then every check on it.
     *
     * @param reader the reader
     * @param json   the document
     * @param source named in errors
     * @return the scan
     * @throws org.inclusionscan.model.InvalidInputException with every problem located
     */
    public static Scan withTree(ScanReader reader, byte[] json, String source) {
        try {
            return reader.readWithTree(new ByteArrayInputStream(json), source);
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail.", e);
        }
    }

    /**
     * The streaming reader alone.
     *
     * @param reader the reader
     * @param json   the document
     * @return the scan, or null where it leaves the document to the tree path
     */
    public static Scan streaming(ScanReader reader, byte[] json) {
        return reader.readStreaming(json);
    }
}
