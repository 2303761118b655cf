package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.MiscGenerators;
import java.util.Map;

/** Identifiers and codes, with valid check digits where the code has them (ISBN, EAN, UPC, VIN). */
final class CodeKinds {
    private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    // GS1 prefixes of the locale's country for EAN-13
    private static final Map<String, String> GS1 = Map.of("US", "0", "DE", "40", "FR", "30", "ES", "84", "JP", "45",
            "GB", "50", "IT", "80", "NL", "87", "BR", "789");

    private CodeKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case UUID -> t.family() == Family.UUID || max < 0 || max >= 36 ? MiscGenerators.uuid(key)
                    : (row, out) -> out.text(Texts.fit(Texts.hex(row.scratch(), 32, row.rng(key)), max));
            case ISBN -> (row, out) -> {
                StringBuilder sb = Texts.fill(row.scratch().append("978"), "%########", row.rng(key));
                out.text(Texts.fit(sb.append(eanDigit(sb)), max));
            };
            case ISBN10 -> (row, out) -> {
                StringBuilder sb = Texts.fill(row.scratch(), "%########", row.rng(key));
                out.text(Texts.fit(sb.append(isbn10Digit(sb)), max));
            };
            case EAN -> (row, out) -> {
                String prefix = GS1.getOrDefault(row.vocabulary().countryCode, "20");
                StringBuilder sb = Texts.fill(row.scratch().append(prefix), "############".substring(prefix.length()), row.rng(key));
                out.text(Texts.fit(sb.append(eanDigit(sb)), max));
            };
            case UPC -> (row, out) -> {
                StringBuilder sb = Texts.fill(row.scratch(), "%##########", row.rng(key));
                out.text(Texts.fit(sb.append(eanDigit(sb)), max));
            };
            case HEX_COLOR -> (row, out) -> {
                StringBuilder sb = row.scratch();
                if (t.fits(7)) {
                    sb.append('#');
                }
                out.text(Texts.fit(Texts.hex(sb, 6, row.rng(key)), max));
            };
            case VERSION -> (row, out) -> {
                Rng r = row.rng(key);
                StringBuilder sb = row.scratch().append(r.nextInt(6)).append('.').append(r.nextInt(21)).append('.').append(r.nextInt(31));
                out.text(Texts.fit(sb, max));
            };
            case MD5 -> hex(key, 32, max);
            case SHA1 -> hex(key, 40, max);
            case SHA256 -> hex(key, 64, max);
            case LICENSE_PLATE -> Texts.pick(key, t, v -> v.licensePlates);
            case VIN -> (row, out) -> out.text(Texts.fit(vin(row.scratch(), row.rng(key)), max));
            default -> throw new IllegalArgumentException(kind + " is not a code kind");
        };
    }

    private static ColumnGenerator hex(long key, int length, int max) {
        int n = max < 0 ? length : Math.min(length, max);
        return (row, out) -> out.text(Texts.hex(row.scratch(), n, row.rng(key)));
    }

    /** The EAN/UPC/ISBN-13 check digit of the digits in {@code digits} (weights 3 and 1 from the right). */
    static char eanDigit(CharSequence digits) {
        int sum = 0;
        for (int i = digits.length() - 1, w = 3; i >= 0; i--, w = 4 - w) {
            sum += w * (digits.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The ISBN-10 check character of nine digits: weights 10..2, mod 11, 10 written X. */
    static char isbn10Digit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (digits.charAt(digits.length() - 9 + i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** A 17-character vehicle identification number with its check digit in position 9. */
    static StringBuilder vin(StringBuilder sb, Rng r) {
        int start = sb.length();
        Texts.random(sb, VIN_CHARS, 17, r);
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += weights[i] * vinValue(sb.charAt(start + i));
        }
        int check = sum % 11;
        sb.setCharAt(start + 8, check == 10 ? 'X' : (char) ('0' + check));
        return sb;
    }

    private static int vinValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return "12345678_12345_7_923456789".charAt(c - 'A') - '0';
    }
}
