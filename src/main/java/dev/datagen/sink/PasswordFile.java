package dev.datagen.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * libpq's password file ({@code ~/.pgpass}, or {@code PGPASSFILE}): lines of
 * {@code host:port:database:user:password}, {@code *} matching anything in the first four fields,
 * {@code \:} and {@code \\} escaping, {@code #} starting a comment line. The first matching line wins.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /** The password for these connection values from {@code file}, if the file exists and a line matches. */
    public static Optional<String> lookup(Path file, String host, int port, String database, String user) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return lookup(Files.readAllLines(file), host, port, database, user);
    }

    static Optional<String> lookup(List<String> lines, String host, int port, String database, String user) {
        String[] wanted = {host, String.valueOf(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;   // libpq skips malformed lines too
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** Splits on unescaped colons; the fifth field (password) takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
