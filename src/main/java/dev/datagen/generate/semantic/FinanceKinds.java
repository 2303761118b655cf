package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.faker.Vocabulary;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.Dates;

/**
 * Bank and card details with valid check digits (IBAN mod 97, Luhn, ABA), so they pass the
 * validation an application would apply. One card per row: number, brand and CVV agree.
 */
final class FinanceKinds {
    private static final long CARD = Rng.key("entity:card");
    // brand, number template (Luhn digit appended), share in 12
    private static final String[] CARD_BRANDS = {"Visa", "Visa", "Visa", "Visa", "Visa", "Visa", "Mastercard",
        "Mastercard", "Mastercard", "Mastercard", "American Express", "Discover"};
    private static final String[] CARD_NUMBERS = {"4##############", "4##############", "4##############",
        "4##############", "4##############", "4##############", "51#############", "52#############",
        "53#############", "55#############", "37############", "6011###########"};

    private FinanceKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case IBAN -> (row, out) -> out.text(Texts.fit(iban(row.scratch(), row.vocabulary(), row.rng(key)), max));
            case BIC -> (row, out) -> {
                Rng r = row.rng(key);
                StringBuilder sb = Texts.fill(row.scratch(), "????", r).append(row.vocabulary().ibanCountry);
                Texts.fill(sb, "**", r);
                if (r.chance(0.5) && t.fits(11)) {
                    sb.append("XXX");
                }
                out.text(Texts.fit(sb, max));
            };
            case CREDIT_CARD_NUMBER -> (row, out) -> {
                StringBuilder sb = Texts.fill(row.scratch(), CARD_NUMBERS[card(row)], row.rng(key));
                out.text(Texts.fit(sb.append(luhnDigit(sb)), max));
            };
            case CARD_BRAND -> (row, out) -> Texts.emit(row, out, CARD_BRANDS[card(row)], max);
            case CVV -> (row, out) -> out.text(Texts.fit(Texts.fill(row.scratch(), card(row) == 10 ? "####" : "###", row.rng(key)), max));
            case CARD_EXPIRY -> (row, out) -> {
                long ymd = Dates.civil(Math.floorDiv(row.timeline().expires(), 86400));
                StringBuilder sb = Texts.padded(row.scratch(), ymd / 100 % 100, 2).append('/');
                out.text(Texts.fit(Texts.padded(sb, ymd / 10000 % 100, 2), max));
            };
            case ACCOUNT_NUMBER -> (row, out) -> out.text(Texts.fit(Texts.fill(row.scratch(), "%#########", row.rng(key)), max));
            case ROUTING_NUMBER -> (row, out) -> out.text(Texts.fit(routingNumber(row.scratch(), row.rng(key)), max));
            case TAX_ID -> (row, out) -> out.text(Texts.fit(Texts.fill(row.scratch(), row.vocabulary().taxIdTemplate, row.rng(key)), max));
            case STOCK_SYMBOL -> Texts.pick(key, t, v -> v.stockSymbols);
            default -> throw new IllegalArgumentException(kind + " is not a finance kind");
        };
    }

    /** The row's card: an index into the brands (shared by number, brand and CVV). */
    private static int card(RowContext row) {
        return new Rng(Rng.key(row.table().key() ^ CARD, row.row())).nextInt(CARD_BRANDS.length);
    }

    /** An IBAN of the locale's country (Germany's format where the country has none), check digits by ISO 7064 mod 97. */
    static StringBuilder iban(StringBuilder sb, Vocabulary v, Rng r) {
        String country = v.ibanCountry;
        sb.append(country).append("00");
        Texts.fill(sb, v.ibanBban, r);
        // check digits: BBAN + country + "00" read as a number (A = 10 ... Z = 35), 98 - that mod 97
        int mod = 0;
        for (int i = 4; i < sb.length() + 4; i++) {
            char c = sb.charAt(i < sb.length() ? i : i - sb.length());
            mod = c <= '9' ? (mod * 10 + (c - '0')) % 97 : (mod * 100 + (c - 'A' + 10)) % 97;
        }
        int check = 98 - mod;
        sb.setCharAt(2, (char) ('0' + check / 10));
        sb.setCharAt(3, (char) ('0' + check % 10));
        return sb;
    }

    /** The Luhn check digit of the digits in {@code sb}. */
    static char luhnDigit(CharSequence digits) {
        int sum = 0;
        boolean dbl = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** A US ABA routing number: a Federal Reserve prefix, then digits with the 3-7-1 checksum. */
    private static StringBuilder routingNumber(StringBuilder sb, Rng r) {
        int start = sb.length();
        Texts.padded(sb, 1 + r.nextInt(12), 2);
        Texts.fill(sb, "######", r);
        int[] w = {3, 7, 1, 3, 7, 1, 3, 7};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += w[i] * (sb.charAt(start + i) - '0');
        }
        return sb.append((char) ('0' + (10 - sum % 10) % 10));
    }
}
