package dev.datagen.sink.s3;

import java.io.IOException;

/**
 * Carries an {@link ObjectStorageException} through the dump writers, which only pass IOExceptions on;
 * {@link ObjectStore} unwraps it again.
 */
final class ObjectStorageIOException extends IOException {
    ObjectStorageIOException(ObjectStorageException cause) {
        super(cause.getMessage(), cause);
    }

    /** The object-storage failure somewhere in {@code e}'s causes, or null. */
    static ObjectStorageException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ObjectStorageException ose) {
                return ose;
            }
        }
        return null;
    }
}
