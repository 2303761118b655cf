package dev.datagen.generate.value;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.faker.Vocabulary;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Column-name semantics: {@code email}, {@code userEmail}, {@code billing_email} all mean an e-mail
 * address. Detection works on the name's words, case- and style-insensitively; the generators draw
 * on the row's shared person, place and timeline so the columns of a row agree.
 */
public final class Semantic {
    /** What a column name means. Text kinds need a text type, time kinds a date/time type. */
    public enum Kind {
        EMAIL, FIRST_NAME, LAST_NAME, FULL_NAME, USERNAME, PHONE, STREET_ADDRESS, CITY, STATE, COUNTRY,
        POSTAL_CODE, COMPANY, PRODUCT_NAME, URL, TITLE, DESCRIPTION, JOB_TITLE, CREATED_AT, UPDATED_AT,
        BIRTH_DATE;

        public boolean isTime() {
            return this == CREATED_AT || this == UPDATED_AT || this == BIRTH_DATE;
        }
    }

    private Semantic() {
    }

    /** The words of a name: {@code userEmail} → [user, email]; {@code BILLING_Email} → [billing, email]. */
    public static List<String> words(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return Arrays.stream(snake.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The meaning of a column name in a table, if it has a recognisable one. */
    public static Optional<Kind> detect(String table, String column) {
        List<String> w = words(column);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        String joined = String.join("_", w);
        String last = w.get(w.size() - 1);
        if (w.contains("email") || joined.endsWith("email_address") || last.equals("mail")) {
            return Optional.of(Kind.EMAIL);
        }
        if (joined.matches(".*(first_name|firstname|given_name|fname|forename).*")) {
            return Optional.of(Kind.FIRST_NAME);
        }
        if (joined.matches(".*(last_name|lastname|surname|family_name|lname).*")) {
            return Optional.of(Kind.LAST_NAME);
        }
        if (joined.matches(".*(full_name|fullname|display_name|contact_name|customer_name).*")) {
            return Optional.of(Kind.FULL_NAME);
        }
        if (joined.matches("(user_?name|login|handle|screen_name|nickname)")) {
            return Optional.of(Kind.USERNAME);
        }
        if (w.contains("phone") || w.contains("mobile") || w.contains("tel") || w.contains("telephone") || w.contains("fax")) {
            return Optional.of(Kind.PHONE);
        }
        if (joined.matches(".*(postal_code|postcode|zip_code|zipcode|zip)$")) {
            return Optional.of(Kind.POSTAL_CODE);
        }
        if (last.equals("city") || last.equals("town")) {
            return Optional.of(Kind.CITY);
        }
        if (last.equals("state") && !w.contains("status") || last.equals("province") || last.equals("region")) {
            return Optional.of(Kind.STATE);
        }
        if (last.equals("country")) {
            return Optional.of(Kind.COUNTRY);
        }
        if (joined.matches(".*(street|address_line|address_1|address1|street_address)$") || last.equals("address")) {
            return Optional.of(Kind.STREET_ADDRESS);
        }
        if (joined.matches("(company|company_name|organization|organisation|employer)")) {
            return Optional.of(Kind.COMPANY);
        }
        if (last.equals("url") || last.equals("website") || last.equals("homepage")) {
            return Optional.of(Kind.URL);
        }
        if (joined.matches("(created_at|created|created_on|creation_date|inserted_at|registered_at|signup_date|signed_up_at)")) {
            return Optional.of(Kind.CREATED_AT);
        }
        if (joined.matches("(updated_at|updated|updated_on|modified_at|modified|last_modified|last_updated|changed_at)")) {
            return Optional.of(Kind.UPDATED_AT);
        }
        if (joined.matches("(birth_date|birthdate|date_of_birth|dob|birthday|born_on)")) {
            return Optional.of(Kind.BIRTH_DATE);
        }
        if (joined.matches("(job_title|position|occupation|role_title)")) {
            return Optional.of(Kind.JOB_TITLE);
        }
        if (last.equals("title") || last.equals("subject") || last.equals("headline")) {
            return Optional.of(Kind.TITLE);
        }
        if (last.equals("description") || last.equals("bio") || last.equals("body") || last.equals("content")
                || last.equals("comment") || last.equals("notes") || last.equals("summary")) {
            return Optional.of(Kind.DESCRIPTION);
        }
        if (joined.equals("name")) {
            List<String> t = words(table);
            String entity = t.isEmpty() ? "" : t.get(t.size() - 1);
            if (entity.matches("(users?|customers?|people|persons?|employees?|authors?|members?|patients?|contacts?|students?|accounts?)")) {
                return Optional.of(Kind.FULL_NAME);
            }
            if (entity.matches("(products?|items?|articles?|goods|skus?)")) {
                return Optional.of(Kind.PRODUCT_NAME);
            }
            if (entity.matches("(companies|company|organi[sz]ations?|vendors?|suppliers?|merchants?|tenants?)")) {
                return Optional.of(Kind.COMPANY);
            }
        }
        return Optional.empty();
    }

    /**
     * The generator for a text kind. {@code maxLength} (−1 = none) is respected; {@code uniqueRows}
     * &gt; 0 asks for distinct values across that many rows (supported by EMAIL and USERNAME).
     */
    public static ColumnGenerator text(Kind kind, long columnKey, int maxLength, long uniqueRows) {
        Permutation unique = uniqueRows > 0 ? new Permutation(uniqueRows, columnKey) : null;
        ColumnGenerator g = switch (kind) {
            case EMAIL -> (row, out) -> {
                StringBuilder sb = new StringBuilder(32);
                sb.append(ascii(row.firstName())).append('.').append(ascii(row.lastName()));
                Rng r = row.rng(columnKey);
                if (unique != null) {
                    sb.append(unique.apply(row.row()) + 1);
                } else if (r.chance(0.6)) {
                    sb.append(r.nextInt(100));
                }
                sb.append('@').append(r.pick(row.vocabulary().emailDomains));
                out.text(TextGenerators.truncate(sb, maxLength));
            };
            case USERNAME -> (row, out) -> {
                StringBuilder sb = new StringBuilder(24);
                Rng r = row.rng(columnKey);
                sb.append(ascii(row.firstName()).charAt(0)).append(ascii(row.lastName()));
                if (unique != null) {
                    sb.append(unique.apply(row.row()) + 1);
                } else {
                    sb.append(r.nextInt(1000));
                }
                out.text(TextGenerators.truncate(sb, maxLength));
            };
            case FIRST_NAME -> (row, out) -> out.text(cut(row.firstName(), maxLength));
            case LAST_NAME -> (row, out) -> out.text(cut(row.lastName(), maxLength));
            case FULL_NAME -> (row, out) -> out.text(cut(row.firstName() + " " + row.lastName(), maxLength));
            case PHONE -> (row, out) -> {
                Rng r = row.rng(columnKey);
                String phone = "(" + (201 + r.nextInt(789)) + ") " + (200 + r.nextInt(800)) + "-"
                        + String.format("%04d", r.nextInt(10000));
                out.text(cut(phone, maxLength));
            };
            case STREET_ADDRESS -> (row, out) -> {
                Rng r = row.rng(columnKey);
                out.text(cut((1 + r.nextInt(9899)) + " " + r.pick(row.vocabulary().streetNames), maxLength));
            };
            case CITY -> (row, out) -> out.text(cut(row.place().city(), maxLength));
            case STATE -> (row, out) -> {
                Vocabulary.Place p = row.place();
                out.text(maxLength >= 0 && maxLength < p.state().length() ? cut(p.stateCode(), maxLength) : p.state());
            };
            case COUNTRY -> (row, out) -> {
                Vocabulary.Place p = row.place();
                out.text(maxLength >= 0 && maxLength < p.country().length() ? cut(p.countryCode(), maxLength) : p.country());
            };
            case POSTAL_CODE -> (row, out) -> out.text(cut(row.place().postalCode(), maxLength));
            case COMPANY -> (row, out) -> out.text(cut(row.rng(columnKey).pick(row.vocabulary().companies), maxLength));
            case PRODUCT_NAME -> (row, out) -> out.text(cut(row.rng(columnKey).pick(row.vocabulary().productNames), maxLength));
            case JOB_TITLE -> (row, out) -> out.text(cut(row.rng(columnKey).pick(row.vocabulary().jobTitles), maxLength));
            case URL -> (row, out) -> {
                Rng r = row.rng(columnKey);
                out.text(cut("https://www." + r.pick(row.vocabulary().emailDomains) + "/" + r.pick(row.vocabulary().words), maxLength));
            };
            case TITLE -> (row, out) -> {
                String s = row.rng(columnKey).pick(row.vocabulary().sentences);
                out.text(cut(s.endsWith(".") ? s.substring(0, s.length() - 1) : s, maxLength));
            };
            case DESCRIPTION -> TextGenerators.sentences(columnKey, maxLength);
            default -> throw new IllegalArgumentException(kind + " is not a text kind");
        };
        return g;
    }

    /** Whether {@link #text} can make this kind distinct per row. */
    public static boolean supportsUnique(Kind kind) {
        return kind == Kind.EMAIL || kind == Kind.USERNAME;
    }

    /** The generator for a time kind on a date ({@code dateOnly}) or timestamp column. */
    public static ColumnGenerator time(Kind kind, long columnKey, boolean withZone, boolean dateOnly) {
        return switch (kind) {
            case CREATED_AT -> TimeGenerators.createdAt(withZone, dateOnly);
            case UPDATED_AT -> TimeGenerators.afterCreated(columnKey, withZone, dateOnly);
            case BIRTH_DATE -> TimeGenerators.birthDate(columnKey);
            default -> throw new IllegalArgumentException(kind + " is not a time kind");
        };
    }

    private static String cut(String s, int maxLength) {
        return maxLength >= 0 && s.length() > maxLength ? TextGenerators.truncate(new StringBuilder(s), maxLength).toString() : s;
    }

    /** "Zoë O'Brien" → "zoeobrien": lower-case ASCII letters only, for e-mail addresses. */
    static String ascii(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.length() == 0 ? "user" : sb.toString();
    }
}
