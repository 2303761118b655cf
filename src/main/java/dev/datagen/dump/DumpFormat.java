package dev.datagen.dump;

import java.util.Locale;

/** The output formats, with pg_dump's names and one-letter aliases. */
public enum DumpFormat {
    CUSTOM("c"),
    PLAIN("p");

    public final String letter;

    DumpFormat(String letter) {
        this.letter = letter;
    }

    /** {@code custom}/{@code c}, {@code plain}/{@code p}, case-insensitive. */
    public static DumpFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DumpFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(t) || f.letter.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + text + "\"; use custom (c) or plain (p)");
    }
}
