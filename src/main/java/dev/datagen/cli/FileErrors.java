package dev.datagen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** Says in a user's words which file could not be read or written, and why. */
final class FileErrors {
    private FileErrors() {
    }

    /**
     * {@code cannot VERB FILE: reason} for a file-system failure; for another failure its message.
     *
     * @param verb what was being done to the file: "read", "write", "read back"
     */
    static String describe(Throwable ex, String verb) {
        Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (t instanceof FileSystemException fs) {
            return "cannot " + verb + " " + fs.getFile() + ": " + reason(fs);
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Like {@link #describe}, naming {@code file} when the failure itself names none (e.g. a read that hit a directory). */
    static String describe(IOException ex, String verb, Path file) {
        return ex instanceof FileSystemException fs && fs.getFile() != null ? describe(ex, verb)
                : "cannot " + verb + " " + file + ": " + describe(ex, verb);
    }

    private static String reason(FileSystemException fs) {
        return switch (fs.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or directory";
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "a file is in the way (is a directory in the path a file?)";
            case "NotDirectoryException" -> "not a directory";
            default -> fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
        };
    }
}
