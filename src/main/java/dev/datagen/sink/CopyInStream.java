package dev.datagen.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * The bytes of a COPY ... FROM STDIN, sent in buffer-sized messages. Unlike the driver's own stream,
 * close() does not end the COPY: only the caller's endCopy() does, so a payload that fails midway can
 * cancel it instead of committing half a table.
 */
final class CopyInStream extends OutputStream {

    private final CopyIn copyIn;
    private final byte[] buffer;
    private int used;

    CopyInStream(CopyIn copyIn, int bufferSize) {
        this.copyIn = copyIn;
        this.buffer = new byte[bufferSize];
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.length - used) {
            flush();
        }
        if (len >= buffer.length) {
            send(b, off, len);
        } else {
            System.arraycopy(b, off, buffer, used, len);
            used += len;
        }
    }

    @Override
    public void flush() throws IOException {
        if (used > 0) {
            send(buffer, 0, used);
            used = 0;
        }
    }

    private void send(byte[] b, int off, int len) throws IOException {
        try {
            copyIn.writeToCopy(b, off, len);
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
