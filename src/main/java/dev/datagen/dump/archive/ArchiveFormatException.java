package dev.datagen.dump.archive;

import java.io.IOException;

/** The input is not a readable pg_dump archive (bad magic, corrupt TOC, truncated file, ...). */
public final class ArchiveFormatException extends IOException {
    public ArchiveFormatException(String message) {
        super(message);
    }
}
