package dev.datagen.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the summary. A regular file (or a new one) is replaced atomically: written under a temporary
 * name beside it, then renamed, so a reader never sees half a summary. Anything else — a device, a pipe,
 * or a file that must not be replaced, like Kubernetes' /dev/termination-log (a bind mount: renaming onto
 * it fails) — is written in place.
 */
public final class SummaryFile {
    private SummaryFile() {
    }

    public static void write(Path path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            writeInPlace(path, bytes);
            return;
        }
        Path temp;
        try {
            temp = Files.createTempFile(path.toAbsolutePath().getParent(), "." + path.getFileName() + ".", ".partial");
        } catch (IOException e) {
            writeInPlace(path, bytes); // a directory we may not create files in: the file itself may still be writable
            return;
        }
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--")); // not the temp file's 0600
            }
            Files.write(temp, bytes);
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            writeInPlace(path, bytes); // the rename is impossible (a mount point, a busy file)
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeInPlace(Path path, byte[] bytes) throws IOException {
        if (Files.isRegularFile(path) || !Files.exists(path)) {
            Files.write(path, bytes, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.write(path, bytes, StandardOpenOption.WRITE); // devices and pipes cannot be truncated
        }
    }
}
