package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.PersonEntity;
import dev.datagen.generate.Rng;
import dev.datagen.generate.faker.Vocabulary;
import dev.datagen.generate.semantic.Semantic.Kind;
import java.util.function.Function;

/** People and their contact details, all from the row's one person. */
final class PersonKinds {
    /** The domain of an e-mail address when the person's own is too long for the column. */
    static final String SHORT_DOMAIN = "mail.com";
    private static final String[] LANGUAGE_CODES = {"en", "de", "fr", "es", "it", "pt", "nl", "ja", "zh", "ru", "pl", "sv", "ko", "tr"};
    private static final String[] LOCALES = {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "ja_JP", "zh_CN"};
    private static final String[] MARITAL = {"Married", "Married", "Married", "Married", "Single", "Single", "Single",
        "Divorced", "Widowed", "Separated"};
    // blood groups in about their frequency
    private static final String[] BLOOD = {"O+", "O+", "O+", "O+", "O+", "O+", "O+", "A+", "A+", "A+", "A+", "A+", "A+",
        "B+", "B+", "AB+", "O-", "A-", "B-", "AB-"};

    private PersonKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case FIRST_NAME -> (row, out) -> Texts.emit(row, out, row.person().firstName(), max);
            case LAST_NAME -> (row, out) -> Texts.emit(row, out, row.person().lastName(), max);
            case MIDDLE_NAME -> (row, out) -> Texts.emit(row, out, row.person().middleName(), max);
            case MIDDLE_INITIAL -> (row, out) -> {
                StringBuilder sb = row.scratch().appendCodePoint(row.person().middleName().codePointAt(0));
                if (t.fits(sb.length() + 1)) {
                    sb.append('.');
                }
                out.text(sb);
            };
            case FULL_NAME -> (row, out) -> out.text(fullName(row.scratch(), row.person(), row.vocabulary(), max));
            case USERNAME -> (row, out) -> {
                PersonEntity p = row.person();
                StringBuilder sb = handle(row.scratch(), p);
                if (p.handleNumber() >= 0) {
                    sb.append(p.handleNumber());
                }
                out.text(Texts.fit(sb, max));
            };
            case EMAIL -> (row, out) -> {
                PersonEntity p = row.person();
                StringBuilder sb = handle(row.scratch(), p);
                if (p.handleNumber() >= 0) {
                    sb.append(p.handleNumber());
                }
                out.text(Texts.fit(withDomain(sb, emailDomain(row.vocabulary(), row.rng(key)), max), max));
            };
            case GENDER -> (row, out) -> out.text(row.person().female() ? (t.fits(6) ? "female" : "F") : (t.fits(4) ? "male" : "M"));
            case SALUTATION -> (row, out) -> {
                Vocabulary v = row.vocabulary();
                String[] pool = row.person().female() ? v.femaleSalutations : v.maleSalutations;
                Texts.emit(row, out, Texts.fitting(pool, row.rng(key).nextInt(pool.length), max), max);
            };
            case NAME_SUFFIX -> Texts.pick(key, t, v -> v.nameSuffixes);
            case NATIONALITY -> Texts.pick(key, t, v -> v.nationalities);
            case LANGUAGE -> Texts.pick(key, t, v -> v.languages);
            case LANGUAGE_CODE -> mostlyLocal(key, t, v -> v.languageCode, LANGUAGE_CODES);
            case LOCALE_CODE -> mostlyLocal(key, t, v -> v.localeCode, LOCALES);
            case JOB_TITLE -> Texts.pick(key, t, v -> v.jobTitles);
            case MARITAL_STATUS -> Texts.pick(key, t, MARITAL);
            case BLOOD_TYPE -> Texts.pick(key, t, BLOOD);
            case NATIONAL_ID -> (row, out) -> out.text(Texts.fit(Texts.fill(row.scratch(), row.vocabulary().nationalIdTemplate, row.rng(key)), max));
            case UNIVERSITY -> Texts.pick(key, t, v -> v.universities);
            case PHONE, FAX -> phone(key, max, v -> v.phoneTemplates);
            case MOBILE -> phone(key, max, v -> v.mobileTemplates);
            case PHONE_EXTENSION -> (row, out) -> {
                Rng r = row.rng(key);
                out.text(Texts.fit(Texts.fill(row.scratch(), r.chance(0.7) ? "%##" : "%###", r), max));
            };
            default -> throw new IllegalArgumentException(kind + " is not a person kind");
        };
    }

    /** "Jane Doe" (or "山田 太郎" where the family name comes first); "J. Doe" or a cut when too long. */
    static StringBuilder fullName(StringBuilder sb, PersonEntity p, Vocabulary v, int max) {
        String first = p.firstName();
        String last = p.lastName();
        if (v.familyNameFirst) {
            sb.append(last).append(' ').append(first);
        } else {
            sb.append(first).append(' ').append(last);
            if (max >= 0 && sb.length() > max && last.length() + 3 <= max) {
                sb.setLength(0);
                sb.appendCodePoint(first.codePointAt(0)).append(". ").append(last);
            }
        }
        return Texts.fit(sb, max);
    }

    /**
     * The person's handle, shared by user name and e-mail address: first.last, firstlast, flast,
     * first_last, last.first or lastf, always with the whole last name.
     */
    static StringBuilder handle(StringBuilder sb, PersonEntity p) {
        String first = p.firstNameAscii();
        String last = p.lastNameAscii();
        switch (p.handleStyle()) {
            case 0 -> sb.append(first).append('.').append(last);
            case 1 -> sb.append(first).append(last);
            case 2 -> sb.append(first.charAt(0)).append(last);
            case 3 -> sb.append(first).append('_').append(last);
            case 4 -> sb.append(last).append('.').append(first);
            default -> sb.append(last).append(first.charAt(0));
        }
        return sb;
    }

    /**
     * Appends "@domain" to a local part, shortening the local part (down to one character, then
     * with a short domain) so the whole address fits {@code max} where it can.
     */
    static StringBuilder withDomain(StringBuilder local, String domain, int max) {
        String d = max < 0 || max - 1 - domain.length() >= Math.min(local.length(), 3) ? domain : SHORT_DOMAIN;
        if (max >= 0 && local.length() + 1 + d.length() > max && max - 1 - d.length() >= 1) {
            local.setLength(max - 1 - d.length());
            while (local.length() > 1 && (local.charAt(local.length() - 1) == '.' || local.charAt(local.length() - 1) == '_')) {
                local.setLength(local.length() - 1);
            }
        }
        return local.append('@').append(d);
    }

    /** Mostly a free-mail provider of the locale, else a company domain. */
    static String emailDomain(Vocabulary v, Rng r) {
        return r.chance(0.6) ? r.pick(v.freeEmailDomains) : r.pick(v.emailDomains);
    }

    private static ColumnGenerator mostlyLocal(long key, Target t, Function<Vocabulary, String> local, String[] others) {
        int max = t.maxLength();
        return (row, out) -> {
            Rng r = row.rng(key);
            Texts.emit(row, out, r.chance(0.7) ? local.apply(row.vocabulary()) : r.pick(others), max);
        };
    }

    /** A number in one of the locale's formats; digits only when the formatted number is too long. */
    private static ColumnGenerator phone(long key, int max, Function<Vocabulary, String[]> templates) {
        return (row, out) -> {
            Rng r = row.rng(key);
            StringBuilder sb = Texts.fill(row.scratch(), r.pick(templates.apply(row.vocabulary())), r);
            if (max >= 0 && sb.length() > max) {
                Texts.digitsOnly(sb);
            }
            out.text(Texts.fit(sb, max));
        };
    }
}
