package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.semantic.Semantic.Kind;

/** Titles and prose from the locale's lorem vocabulary; a row's title and slug share one topic. */
final class TextKinds {
    private static final long TOPIC = Rng.key("entity:topic");

    private TextKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case TITLE -> (row, out) -> Texts.emit(row, out, row.vocabulary().titles[topic(row)], max);
            case SUMMARY, COMMENT, NOTES -> sentences(key, 1, 2, max);
            case DESCRIPTION -> sentences(key, 1, 3, max);
            case BIO -> sentences(key, 2, 4, max);
            case BODY -> sentences(key, 3, 7, max);
            case TAGS -> (row, out) -> {
                Rng r = row.rng(key);
                StringBuilder sb = row.scratch().append(r.pick(row.vocabulary().words));
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    sb.append(", ").append(r.pick(row.vocabulary().words));
                }
                out.text(Texts.fit(sb, max));
            };
            default -> throw new IllegalArgumentException(kind + " is not a text kind");
        };
    }

    /** The row's topic: an index into the titles (and their slugs). */
    static int topic(RowContext row) {
        return new Rng(Rng.key(row.table().key() ^ TOPIC, row.row())).nextInt(row.vocabulary().titles.length);
    }

    /** {@code min} to {@code max} sentences, cut cleanly to the column's length. */
    private static ColumnGenerator sentences(long key, int min, int max, int maxLength) {
        return (row, out) -> {
            Rng r = row.rng(key);
            String[] pool = row.vocabulary().sentences;
            StringBuilder sb = row.scratch().append(r.pick(pool));
            for (int n = min + r.nextInt(max - min + 1) - 1; n > 0 && (maxLength < 0 || sb.length() < maxLength); n--) {
                sb.append(' ').append(r.pick(pool));
            }
            out.text(Texts.fit(sb, maxLength));
        };
    }
}
