package org.inclusionscan.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer whose close only flushes, so Jackson can write into a writer the caller still owns. */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer writer) {
        super(writer);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
