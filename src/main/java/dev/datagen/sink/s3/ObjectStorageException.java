package dev.datagen.sink.s3;

/** Object storage was unreachable, refused the request, or an upload failed after its retries; one line for the user. */
public final class ObjectStorageException extends Exception {
    public ObjectStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
