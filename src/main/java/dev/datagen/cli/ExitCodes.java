package dev.datagen.cli;

/** Process exit codes, one meaning each, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Anything unexpected (a bug): the message says DATAGEN_DEBUG=1 prints the stack trace. */
    public static final int SOFTWARE = 1;
    /** Wrong command line: unknown option, missing argument, bad value. */
    public static final int USAGE = 2;
    /** The schema could not be read or is not valid. */
    public static final int INVALID_SCHEMA = 3;
    /** Generating or writing the output failed (I/O, disk full, ..., or --verify found it unsound). */
    public static final int GENERATION_FAILED = 4;
    /** The file given to inspect is not a readable pg_dump archive. */
    public static final int INVALID_ARCHIVE = 5;
    /** --target: the database could not be reached (refused, bad password, no such database) or the connection was lost. */
    public static final int TARGET_UNREACHABLE = 6;
    /** -o s3://: object storage unreachable, refused (credentials, bucket missing) or the upload failed after its retries. */
    public static final int OBJECT_STORAGE_FAILED = 7;

    private ExitCodes() {
    }
}
