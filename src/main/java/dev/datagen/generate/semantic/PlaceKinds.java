package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.PlaceEntity;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.faker.LocaleFormats.AddressStyle;
import dev.datagen.generate.faker.Vocabulary;
import dev.datagen.generate.semantic.Semantic.Kind;

/** Addresses and places, all from the row's one place. */
final class PlaceKinds {
    private static final long HOUSE = Rng.key("place:house");
    private static final long POSTAL = Rng.key("place:postal");
    private static final long SECONDARY = Rng.key("place:secondary");
    static final long GEO = Rng.key("place:geo");

    private PlaceKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case STREET_ADDRESS -> (row, out) -> out.text(Texts.fit(street(row.scratch(), row), max));
            case STREET_NAME -> (row, out) -> Texts.emit(row, out, row.place().streetName(), max);
            case BUILDING_NUMBER -> (row, out) -> out.text(Texts.fit(houseNumber(row.scratch(), row), max));
            case ADDRESS_LINE_2 -> (row, out) -> {
                Rng r = row.place().detail(SECONDARY);
                out.text(Texts.fit(Texts.fill(row.scratch(), r.pick(row.vocabulary().secondaryAddressTemplates), r), max));
            };
            case FULL_ADDRESS -> (row, out) -> out.text(fullAddress(row.scratch(), row, max));
            case CITY -> (row, out) -> Texts.emit(row, out, row.place().place().city(), max);
            case STATE -> (row, out) -> {
                Vocabulary.Place p = row.place().place();
                Texts.emit(row, out, t.fits(p.state().length()) ? p.state() : p.stateCode(), max);
            };
            case STATE_CODE -> (row, out) -> Texts.emit(row, out, row.place().place().stateCode(), max);
            case POSTAL_CODE -> (row, out) -> out.text(Texts.fit(postalCode(row.scratch(), row), max));
            case COUNTRY -> (row, out) -> {
                Vocabulary.Place p = row.place().place();
                Texts.emit(row, out, t.fits(p.country().length()) ? p.country() : p.countryCode(), max);
            };
            case COUNTRY_CODE -> (row, out) -> Texts.emit(row, out, row.place().place().countryCode(), max);
            case TIMEZONE -> (row, out) -> Texts.emit(row, out, row.place().place().timeZone(), max);
            default -> throw new IllegalArgumentException(kind + " is not a place kind");
        };
    }

    /** "1234 Main St" or "Hauptstr. 12", as the locale writes it. */
    static StringBuilder street(StringBuilder sb, RowContext row) {
        if (row.vocabulary().houseNumberFirst) {
            return houseNumber(sb, row).append(' ').append(row.place().streetName());
        }
        return houseNumber(sb.append(row.place().streetName()).append(' '), row);
    }

    static StringBuilder houseNumber(StringBuilder sb, RowContext row) {
        Rng r = row.place().detail(HOUSE);
        return Texts.fill(sb, r.pick(row.vocabulary().buildingNumberTemplates), r);
    }

    static StringBuilder postalCode(StringBuilder sb, RowContext row) {
        PlaceEntity place = row.place();
        return Texts.fill(sb, place.place().postalTemplate(), place.detail(POSTAL));
    }

    /**
     * The whole address on one line in the locale's order; without state and postal code, then
     * without the city, when the column is too short for all of it.
     */
    static StringBuilder fullAddress(StringBuilder sb, RowContext row, int max) {
        for (int detail = 2; detail >= 0; detail--) {
            sb.setLength(0);
            appendAddress(sb, row, detail);
            if (max < 0 || sb.length() <= max) {
                return sb;
            }
        }
        return Texts.fit(sb, max);
    }

    /** detail 2: everything; 1: street and city; 0: street only. */
    private static void appendAddress(StringBuilder sb, RowContext row, int detail) {
        Vocabulary.Place p = row.place().place();
        if (row.vocabulary().addressStyle == AddressStyle.JAPAN) {
            if (detail == 2) {
                postalCode(sb.append('〒'), row).append(' ').append(p.state()).append(' ');
            }
            if (detail >= 1) {
                sb.append(p.city()).append(' ');
            }
            street(sb, row);
            return;
        }
        street(sb, row);
        if (detail == 0) {
            return;
        }
        sb.append(", ");
        switch (row.vocabulary().addressStyle) {
            case US -> {
                sb.append(p.city());
                if (detail == 2) {
                    postalCode(sb.append(", ").append(p.stateCode()).append(' '), row);
                }
            }
            case GB -> {
                sb.append(p.city());
                if (detail == 2) {
                    postalCode(sb.append(' '), row);
                }
            }
            default -> {
                if (detail == 2) {
                    postalCode(sb, row).append(' ');
                }
                sb.append(p.city());
            }
        }
    }
}
