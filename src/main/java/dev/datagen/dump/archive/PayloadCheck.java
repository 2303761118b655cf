package dev.datagen.dump.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Checks one TABLE DATA payload as it streams by: a zlib payload must be exactly one complete zlib
 * stream ({@code pg-archive-format.md} §4.2), and a COPY payload must end with the {@code \.} line
 * (§5.1). Memory stays flat: only the last few payload bytes are kept.
 */
final class PayloadCheck {
    private static final int TAIL = 16;

    private final String what;
    private final boolean copy;
    private final Inflater inflater;
    private final byte[] out = new byte[1 << 16];
    private final byte[] tail = new byte[TAIL];
    private final List<String> problems = new ArrayList<>();
    private int tailLength;
    private long payloadBytes;
    private boolean failed;

    /** @param zlib whether the bytes written are a zlib stream (else they are the payload itself) */
    PayloadCheck(String what, boolean zlib, boolean copy) {
        this.what = what;
        this.copy = copy;
        this.inflater = zlib ? new Inflater(false) : null;
    }

    void write(byte[] b, int off, int len) {
        if (failed || len == 0) {
            return;
        }
        if (inflater == null) {
            payload(b, off, len);
            return;
        }
        if (inflater.finished()) {
            fail(len + " bytes after the end of the zlib stream");
            return;
        }
        inflater.setInput(b, off, len);
        try {
            while (!inflater.finished() && !inflater.needsInput()) {
                int n = inflater.inflate(out);
                if (n == 0 && inflater.needsDictionary()) {
                    fail("zlib stream needs a preset dictionary");
                    return;
                }
                payload(out, 0, n);
            }
            if (inflater.finished() && inflater.getRemaining() > 0) {
                fail(inflater.getRemaining() + " bytes after the end of the zlib stream");
            }
        } catch (DataFormatException e) {
            fail("corrupt zlib data (" + e.getMessage() + ")");
        }
    }

    /** The payload's problems; call once, after the last byte. */
    List<String> finish() {
        if (inflater != null) {
            if (!failed && !inflater.finished()) {
                fail("the zlib stream is incomplete (truncated or cut short)");
            }
            inflater.end();
        }
        if (!failed && copy && !endsWithTerminator()) {
            fail("does not end with the COPY terminator line \\. (pg_restore -f and psql would read on past the data)");
        }
        return problems;
    }

    long payloadBytes() {
        return payloadBytes;
    }

    private void payload(byte[] b, int off, int len) {
        payloadBytes += len;
        if (len >= TAIL) {
            System.arraycopy(b, off + len - TAIL, tail, 0, TAIL);
            tailLength = TAIL;
        } else {
            int keep = Math.min(tailLength, TAIL - len);
            System.arraycopy(tail, tailLength - keep, tail, 0, keep);
            System.arraycopy(b, off, tail, keep, len);
            tailLength = keep + len;
        }
    }

    /** The last non-empty line is {@code \.} (pg_dump writes {@code \.\n\n\n}). */
    private boolean endsWithTerminator() {
        int end = tailLength;
        while (end > 0 && tail[end - 1] == '\n') {
            end--;
        }
        if (end == tailLength || end < 2 || tail[end - 1] != '.' || tail[end - 2] != '\\') {
            return false;
        }
        // "\." must be a line of its own: at the start of the payload or after a newline
        return end == 2 ? payloadBytes == tailLength : tail[end - 3] == '\n';
    }

    private void fail(String problem) {
        problems.add(what + ": " + problem);
        failed = true;
    }
}
