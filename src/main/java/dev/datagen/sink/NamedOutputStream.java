package dev.datagen.sink;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output that says where a write failed: "cannot write standard output: Broken pipe" rather than a
 * bare "Broken pipe". Standard output is opened on its file descriptor, because {@code System.out}
 * (a PrintStream) swallows write errors — a full disk or a closed pipe would end in exit 0 and a
 * truncated dump.
 */
final class NamedOutputStream extends OutputStream {
    static final String STANDARD_OUTPUT = "standard output";

    private final OutputStream out;
    private final String name;

    NamedOutputStream(OutputStream out, String name) {
        this.out = out;
        this.name = name;
    }

    /** Standard output (not to be closed: the process owns descriptor 1). */
    static NamedOutputStream standardOutput() {
        return new NamedOutputStream(new FileOutputStream(FileDescriptor.out), STANDARD_OUTPUT);
    }

    @Override
    public void write(int b) throws IOException {
        naming(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        naming(() -> out.write(b, off, len)); // called per 64 KiB buffer, not per value
    }

    @Override
    public void flush() throws IOException {
        naming(out::flush);
    }

    @Override
    public void close() throws IOException {
        naming(out::close);
    }

    private interface Io {
        void run() throws IOException;
    }

    private void naming(Io io) throws IOException {
        try {
            io.run();
        } catch (IOException e) {
            throw new IOException("cannot write " + name + ": " + e.getMessage(), e);
        }
    }
}
