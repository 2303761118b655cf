package dev.datagen.dump;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A view of a stream that someone else owns, handed to code that should only write to it (a
 * {@link TableData} payload, a compressor that closes its target when it finishes): writes pass
 * through, while flush and close stay the owner's business and do nothing here.
 */
public final class BorrowedOutputStream extends FilterOutputStream {

    public BorrowedOutputStream(OutputStream owner) {
        super(owner);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() {
        // A per-row flush from a payload must not turn into a system call per row.
    }

    @Override
    public void close() {
        // The owner goes on writing after this view is done.
    }
}
