package dev.datagen.dump;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The payload of a TABLE DATA entry: COPY text rows followed by the terminator {@code \.\n\n\n}, or
 * INSERT statements. Writing it again writes the same bytes (every value is a pure function of the
 * seed), so a writer may run it twice (e.g. to size blocks first).
 *
 * <p>Writers hand in a stream they own: {@code close()} on it is ignored. In an uncompressed custom
 * archive {@code flush()} ends the current data chunk (pg_dump writes one chunk per row); elsewhere it is
 * ignored, so implementations should not flush per row unless they want that framing.
 */
@FunctionalInterface
public interface TableData {
    void writeTo(OutputStream out) throws IOException;
}
