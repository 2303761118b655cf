package dev.datagen.dump;

import dev.datagen.schema.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The output formats, with pg_dump's names and one-letter aliases ({@code -F c|d|t|p}), plus the
 * spec's names: {@code copy} is plain with COPY blocks, {@code sql} plain with INSERT statements.
 */
public enum DumpFormat {
    CUSTOM("c"),
    DIRECTORY("d"),
    TAR("t"),
    PLAIN("p", "copy", "sql");

    private static final String INSERTS_ALIAS = "sql";

    private final List<String> aliases;

    DumpFormat(String... aliases) {
        this.aliases = List.of(aliases);
    }

    public String pgName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive; unknown names get a did-you-mean. */
    public static DumpFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (DumpFormat f : values()) {
            if (f.pgName().equals(t) || f.aliases.contains(t)) {
                return f;
            }
            names.add(f.pgName());
            names.addAll(f.aliases.subList(1, f.aliases.size()));
        }
        String unknown = "unknown format \"" + text + "\"; ";
        String message = Suggestions.closest(t, names)
                .map(s -> unknown + "did you mean " + s + "?")
                .orElse(unknown + "use custom (c), directory (d), tar (t), plain (p), copy or sql");
        throw new IllegalArgumentException(message);
    }

    /** True for {@code sql}: plain format with INSERT statements (pg_dump --inserts). */
    public static boolean meansInserts(String text) {
        return INSERTS_ALIAS.equals(text.trim().toLowerCase(Locale.ROOT));
    }
}
