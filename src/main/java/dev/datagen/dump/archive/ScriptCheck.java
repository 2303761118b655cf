package dev.datagen.dump.archive;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Checks a plain SQL dump (optionally gzip-compressed) as psql will read it: the gzip stream decodes to
 * its end, every {@code COPY ... FROM stdin;} is closed by a {@code \.} line, and the script ends with
 * pg_dump's "database dump complete" comment, so it was not cut short. Lines are scanned as bytes;
 * only a short prefix of each is kept.
 */
final class ScriptCheck {
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
    private static final String COMPLETE = "-- PostgreSQL database dump complete";
    private static final int PREFIX = 64;
    private static final byte[] FROM_STDIN = " FROM stdin;".getBytes(StandardCharsets.US_ASCII);

    private ScriptCheck() {
    }

    static boolean isScript(Path path) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(16);
        }
        boolean gzip = start.length >= 2 && start[0] == GZIP_MAGIC[0] && start[1] == GZIP_MAGIC[1];
        return gzip || ArchiveReader.looksLikeText(start);
    }

    static ArchiveVerifier.Report check(Path path) throws IOException {
        Scanner scanner = new Scanner();
        List<String> problems = new ArrayList<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            raw.mark(2);
            boolean gzip = raw.read() == (GZIP_MAGIC[0] & 0xff) && raw.read() == (GZIP_MAGIC[1] & 0xff);
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                scanner.feed(buffer, n);
            }
        } catch (ZipException | EOFException e) {
            problems.add(path + ": corrupt or truncated gzip data (" + e.getMessage() + ")");
        }
        scanner.end();
        if (problems.isEmpty()) {
            if (scanner.openCopy != null) {
                problems.add(scanner.openCopy + " is not closed by a \\. line (truncated script?)");
            } else if (!COMPLETE.equals(scanner.lastComment)) {
                problems.add("the script does not end with \"" + COMPLETE + "\" (truncated script?)");
            }
        }
        return new ArchiveVerifier.Report(null, problems, List.of(), scanner.copies, scanner.bytes);
    }

    /** Splits bytes into lines, keeping the first bytes of each, and follows COPY blocks. */
    private static final class Scanner {
        private final byte[] line = new byte[PREFIX];
        private final byte[] tail = new byte[FROM_STDIN.length];
        private int kept;
        private long length;
        private String openCopy;
        private String lastComment;
        private int copies;
        private long bytes;

        void feed(byte[] b, int n) {
            bytes += n;
            for (int i = 0; i < n; i++) {
                if (b[i] == '\n') {
                    line();
                } else {
                    if (kept < PREFIX) {
                        line[kept++] = b[i];
                    }
                    tail[(int) (length % tail.length)] = b[i];
                    length++;
                }
            }
        }

        void end() {
            if (length > 0) {
                line();
            }
        }

        private void line() {
            String text = new String(line, 0, kept, StandardCharsets.UTF_8);
            if (openCopy != null) {
                if (length == 2 && text.equals("\\.")) {
                    openCopy = null;
                }
            } else if (text.startsWith("COPY ") && endsWithFromStdin()) {
                openCopy = kept < length ? text + "..." : text;
                copies++;
            } else if (text.startsWith("--") && length > 2) {
                lastComment = text;
            } else if (length > 0 && !text.startsWith("--") && !text.startsWith("\\") && !text.isBlank()) {
                lastComment = null; // SQL after the comment; psql meta-commands (pg_dump 15.14+ ends with one) may follow it
            }
            kept = 0;
            length = 0;
        }

        /** The line's last bytes (kept in a ring) are " FROM stdin;". */
        private boolean endsWithFromStdin() {
            if (length < FROM_STDIN.length) {
                return false;
            }
            for (int i = 0; i < FROM_STDIN.length; i++) {
                if (tail[(int) ((length - FROM_STDIN.length + i) % tail.length)] != FROM_STDIN[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
