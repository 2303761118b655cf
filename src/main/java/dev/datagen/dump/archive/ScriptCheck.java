package dev.datagen.dump.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a plain SQL dump (optionally compressed: gzip, lz4 or zstd, as pg_dump -Fp -Z writes it) as
 * psql will read it once decompressed: the compressed stream decodes to its end, every {@code COPY ... FROM stdin;} is closed by a {@code \.} line, and the script ends with
 * pg_dump's "database dump complete" comment, so it was not cut short. Lines are scanned as bytes;
 * only a short prefix of each is kept.
 */
final class ScriptCheck {
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
        return CompressedInput.of(start) != CompressedInput.NONE || ArchiveReader.looksLikeText(start);
    }

    static ArchiveVerifier.Report check(Path path) throws IOException {
        Scanner scanner = new Scanner();
        List<String> problems = new ArrayList<>();
        String damage = CompressedInput.of(path).decode(path, scanner::feed);
        if (damage != null) {
            problems.add(path + ": " + damage);
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
