package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.MiscGenerators;
import dev.datagen.generate.value.Permutation;
import java.util.Optional;

/**
 * Distinct values of a kind by construction: each value ends in (or is delimited around) a keyed
 * permutation of the row number, and only the part before it is ever cut to fit the column. No
 * set of seen values, whatever the row count.
 */
final class UniqueKinds {
    /** Writes a value's uniqueness-carrying tail for permuted index {@code n} (0-based). */
    private interface Tail {
        void append(StringBuilder sb, RowContext row, long n);
    }

    /** Writes the value's head, which may be cut. */
    private interface Head {
        void append(StringBuilder sb, RowContext row);
    }

    private UniqueKinds() {
    }

    static Optional<ColumnGenerator> generator(Kind kind, long key, int max, long rows) {
        int digits = Long.toString(Math.max(1, rows)).length();
        return switch (kind) {
            // jane.doe + 42 + @mail.com: the digits before @ carry the uniqueness
            case EMAIL -> fits(max, digits + 1 + PersonKinds.SHORT_DOMAIN.length() + 1) ? Optional.of(email(key, max, rows)) : Optional.empty();
            case USERNAME -> headAndTail(key, max, rows, digits + 1, (sb, row) -> PersonKinds.handle(sb, row.person()), (sb, row, n) -> sb.append(n + 1));
            // the last hyphen starts the number, whatever is cut from the slug before it
            case SLUG -> headAndTail(key, max, rows, digits + 2,
                    (sb, row) -> sb.append(row.vocabulary().titleSlugs[TextKinds.topic(row)]),
                    (sb, row, n) -> sb.append('-').append(n + 1));
            case SKU -> headAndTail(key, max, rows, Math.max(5, digits),
                    (sb, row) -> Texts.fill(sb, "???-", row.rng(key)), (sb, row, n) -> Texts.padded(sb, n + 1, Math.max(5, digits)));
            case ORDER_NUMBER -> headAndTail(key, max, rows, Math.max(6, digits), CommerceKinds::orderYear,
                    (sb, row, n) -> Texts.padded(sb, n + 1, Math.max(6, digits)));
            case ACCOUNT_NUMBER -> {
                int width = Math.max(10, digits + 1);
                // a leading 1–9 then the permuted number: same width for every row, so distinct numbers stay distinct
                yield headAndTail(key, max, rows, width, (sb, row) -> { }, (sb, row, n) -> Texts.padded(
                        sb.append((char) ('1' + (int) Math.floorMod(key ^ n, 9L))), n, width - 1));
            }
            case UUID -> fits(max, 36) ? Optional.of(MiscGenerators.uniqueUuid(key)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean fits(int max, int length) {
        return max < 0 || length <= max;
    }

    /** Head (cut to leave room) followed by the tail; needs room for the whole tail. */
    private static Optional<ColumnGenerator> headAndTail(long key, int max, long rows, int tailLength, Head head, Tail tail) {
        if (!fits(max, tailLength)) {
            return Optional.empty();
        }
        Permutation p = new Permutation(rows, key);
        return Optional.of((row, out) -> {
            StringBuilder sb = row.scratch();
            head.append(sb, row);
            int headLength = sb.length();
            tail.append(sb, row, p.apply(row.row()));
            if (max >= 0 && sb.length() > max) {
                sb.delete(Math.max(0, headLength - (sb.length() - max)), headLength);
            }
            out.text(sb);
        });
    }

    private static ColumnGenerator email(long key, int max, long rows) {
        Permutation p = new Permutation(rows, key);
        return (row, out) -> {
            StringBuilder sb = PersonKinds.handle(row.scratch(), row.person());
            int handleLength = sb.length();
            sb.append(p.apply(row.row()) + 1).append('@');
            String domain = PersonKinds.emailDomain(row.vocabulary(), row.rng(key));
            sb.append(max < 0 || sb.length() + domain.length() <= max ? domain : PersonKinds.SHORT_DOMAIN);
            if (max >= 0 && sb.length() > max) {
                sb.delete(Math.max(1, handleLength - (sb.length() - max)), handleLength);
            }
            out.text(sb);
        };
    }
}
