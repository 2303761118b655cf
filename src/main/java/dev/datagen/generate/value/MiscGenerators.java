package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;

/** Booleans, uuids, json, bytea and network addresses. */
public final class MiscGenerators {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MiscGenerators() {
    }

    public static ColumnGenerator bool(long columnKey) {
        return (row, out) -> out.raw(row.rng(columnKey).chance(0.5) ? "true" : "false");
    }

    /** A random version-4 uuid. */
    public static ColumnGenerator uuid(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            out.text(uuidText(r.nextLong(), r.nextLong()));
        };
    }

    /**
     * A version-4-shaped uuid that is distinct per row by construction: the low 62 bits hold a
     * keyed bijection of the row number, the rest is random.
     */
    public static ColumnGenerator uniqueUuid(long columnKey) {
        long mask62 = (1L << 62) - 1;
        long k = Rng.mix(columnKey) | 1;
        return (row, out) -> {
            // odd multiplier and xor are bijections modulo 2^62
            long low = ((row.row() * k) ^ (columnKey >>> 3)) & mask62;
            out.text(uuidText(row.rng(columnKey).nextLong(), low));
        };
    }

    static String uuidText(long high, long low) {
        high = (high & ~0xF000L) | 0x4000L; // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        char[] c = new char[36];
        int p = 0;
        for (int i = 15; i >= 0; i--) {
            c[p++] = HEX[(int) (high >>> (i * 4)) & 0xF];
            if (p == 8 || p == 13) {
                c[p++] = '-';
            }
        }
        c[p++] = '-';
        for (int i = 15; i >= 0; i--) {
            c[p++] = HEX[(int) (low >>> (i * 4)) & 0xF];
            if (p == 23) {
                c[p++] = '-';
            }
        }
        return new String(c);
    }

    /** A small JSON object with a few typed attributes, e.g. {"color": "red", "rating": 4, "active": true}. */
    public static ColumnGenerator json(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            String[] words = row.vocabulary().words;
            StringBuilder sb = new StringBuilder(64);
            sb.append("{\"tag\": \"").append(jsonEscape(r.pick(words)))
                    .append("\", \"rating\": ").append(1 + r.nextInt(5))
                    .append(", \"active\": ").append(r.chance(0.7))
                    .append(", \"tags\": [\"").append(jsonEscape(r.pick(words))).append("\", \"")
                    .append(jsonEscape(r.pick(words))).append("\"]}");
            out.text(sb);
        };
    }

    static String jsonEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** bytea in hex form: {@code \x0a1b...}, 8 to 32 bytes. */
    public static ColumnGenerator bytea(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            int n = 8 + r.nextInt(25);
            StringBuilder sb = new StringBuilder(2 + n * 2).append("\\x");
            for (int i = 0; i < n; i++) {
                int b = r.nextInt(256);
                sb.append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
            out.text(sb);
        };
    }

    /** A public-looking IPv4 address. */
    public static ColumnGenerator inet(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            out.text((11 + r.nextInt(212)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254)));
        };
    }

    /** An IPv4 network with its host bits zero (cidr rejects anything else). */
    public static ColumnGenerator cidr(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            int bits = 8 + r.nextInt(25);
            long addr = ((11L + r.nextInt(212)) << 24) | r.nextLong(1L << 24);
            addr &= (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            out.text(((addr >> 24) & 255) + "." + ((addr >> 16) & 255) + "." + ((addr >> 8) & 255) + "." + (addr & 255) + "/" + bits);
        };
    }

    public static ColumnGenerator macaddr(long columnKey) {
        return (row, out) -> {
            Rng r = row.rng(columnKey);
            StringBuilder sb = new StringBuilder(17);
            for (int i = 0; i < 6; i++) {
                int b = r.nextInt(256);
                if (i == 0) {
                    b = (b & 0xFC) | 0x02; // locally administered, unicast
                }
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
            out.text(sb);
        };
    }
}
