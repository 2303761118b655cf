package dev.datagen.generate.semantic;

import static dev.datagen.generate.semantic.Family.NUMBERS;
import static dev.datagen.generate.semantic.Family.TEXT_ONLY;
import static dev.datagen.generate.semantic.Family.TIMES;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.schema.SqlType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Column-name semantics: {@code email}, {@code userEmail}, {@code billing_email} all mean an e-mail
 * address. {@link NamePatterns} holds the patterns; each names a {@link Kind}, and a kind fills the
 * column types of its {@link Family families}. Generators draw on the row's shared person, place
 * and timeline (see {@link dev.datagen.generate.RowContext}) so the columns of a row agree.
 */
public final class Semantic {
    /** The groups of the documented pattern table. */
    public enum Domain {
        PERSON("People"), CONTACT("Contact"), ADDRESS("Addresses and places"), INTERNET("Internet"),
        COMMERCE("Commerce"), FINANCE("Finance"), TIME("Dates and times"), TEXT("Text"),
        CODE("Identifiers and codes"), CATEGORY("Statuses and categories"), MEASURE("Numbers and measures");

        public final String title;

        Domain(String title) {
            this.title = title;
        }
    }

    /** How a number kind spreads its values over its range. */
    enum Shape {
        /** Evenly. */
        UNIFORM,
        /** Evenly on a log scale: many small amounts, a few large ones (money, sizes, counts). */
        LOG,
        /** Like LOG, with the cents of shop prices (.99, .49, .00, .95). */
        PRICE,
        /** Mostly 1, 2 or 3 (quantities). */
        SMALL,
        /** Leaning to the top (ratings). */
        HIGH,
        /** From the row's entities or a kind's own rule (age, coordinates, years, ports, HTTP status). */
        SPECIAL
    }

    /** What a column name means. Each kind fills the types of its families; others fall back to the type's default. */
    public enum Kind {
        // people
        FIRST_NAME(Domain.PERSON), LAST_NAME(Domain.PERSON), MIDDLE_NAME(Domain.PERSON, 0.5),
        MIDDLE_INITIAL(Domain.PERSON, 0.3), FULL_NAME(Domain.PERSON), USERNAME(Domain.PERSON), GENDER(Domain.PERSON),
        SALUTATION(Domain.PERSON), NAME_SUFFIX(Domain.PERSON, 0.85),
        AGE(Domain.PERSON, 18, 90, 0, Shape.SPECIAL), BIRTH_YEAR(Domain.PERSON, 1900, 2100, 0, Shape.SPECIAL),
        NATIONALITY(Domain.PERSON), LANGUAGE(Domain.PERSON), LANGUAGE_CODE(Domain.PERSON), LOCALE_CODE(Domain.PERSON),
        JOB_TITLE(Domain.PERSON), MARITAL_STATUS(Domain.PERSON), BLOOD_TYPE(Domain.PERSON), NATIONAL_ID(Domain.PERSON),
        UNIVERSITY(Domain.PERSON),
        // contact
        EMAIL(Domain.CONTACT), PHONE(Domain.CONTACT), MOBILE(Domain.CONTACT), FAX(Domain.CONTACT, 0.6),
        PHONE_EXTENSION(Domain.CONTACT, 0.6),
        // addresses and places
        STREET_ADDRESS(Domain.ADDRESS), STREET_NAME(Domain.ADDRESS), BUILDING_NUMBER(Domain.ADDRESS),
        ADDRESS_LINE_2(Domain.ADDRESS, 0.7), FULL_ADDRESS(Domain.ADDRESS), CITY(Domain.ADDRESS), STATE(Domain.ADDRESS),
        STATE_CODE(Domain.ADDRESS), POSTAL_CODE(Domain.ADDRESS), COUNTRY(Domain.ADDRESS), COUNTRY_CODE(Domain.ADDRESS),
        LATITUDE(Domain.ADDRESS, -90, 90, 6, Shape.SPECIAL), LONGITUDE(Domain.ADDRESS, -180, 180, 6, Shape.SPECIAL),
        TIMEZONE(Domain.ADDRESS),
        // internet
        URL(Domain.INTERNET), DOMAIN(Domain.INTERNET), IP_ADDRESS(Domain.INTERNET, EnumSet.of(Family.TEXT, Family.INET)),
        IPV6_ADDRESS(Domain.INTERNET, EnumSet.of(Family.TEXT, Family.INET)),
        MAC_ADDRESS(Domain.INTERNET, EnumSet.of(Family.TEXT, Family.MACADDR)), USER_AGENT(Domain.INTERNET),
        BROWSER(Domain.INTERNET), OPERATING_SYSTEM(Domain.INTERNET), PASSWORD_HASH(Domain.INTERNET),
        AVATAR_URL(Domain.INTERNET), IMAGE_URL(Domain.INTERNET), SLUG(Domain.INTERNET), FILE_NAME(Domain.INTERNET),
        FILE_PATH(Domain.INTERNET), MIME_TYPE(Domain.INTERNET), FILE_EXTENSION(Domain.INTERNET),
        FILE_SIZE(Domain.INTERNET, 1024, 50_000_000, 0, Shape.LOG), API_TOKEN(Domain.INTERNET), HTTP_METHOD(Domain.INTERNET),
        HTTP_STATUS(Domain.INTERNET, 100, 599, 0, Shape.SPECIAL), PORT(Domain.INTERNET, 1, 65535, 0, Shape.SPECIAL),
        // commerce
        PRICE(Domain.COMMERCE, 0.5, 1000, 2, Shape.PRICE), COST(Domain.COMMERCE, 0.25, 600, 2, Shape.LOG),
        AMOUNT(Domain.COMMERCE, 1, 5000, 2, Shape.LOG), TOTAL(Domain.COMMERCE, 5, 3000, 2, Shape.LOG),
        SUBTOTAL(Domain.COMMERCE, 5, 2500, 2, Shape.LOG), TAX(Domain.COMMERCE, 0.1, 400, 2, Shape.LOG),
        DISCOUNT(Domain.COMMERCE, 0.5, 200, 2, Shape.LOG), FEE(Domain.COMMERCE, 0.5, 50, 2, Shape.LOG),
        BALANCE(Domain.COMMERCE, 1, 25_000, 2, Shape.LOG), QUANTITY(Domain.COMMERCE, 1, 20, 0, Shape.SMALL),
        STOCK_QUANTITY(Domain.COMMERCE, 0, 1000, 0, Shape.UNIFORM), RATING(Domain.COMMERCE, 1, 5, 0, Shape.HIGH),
        CURRENCY_CODE(Domain.COMMERCE), PAYMENT_METHOD(Domain.COMMERCE), SKU(Domain.COMMERCE),
        PRODUCT_NAME(Domain.COMMERCE), BRAND(Domain.COMMERCE), CATEGORY(Domain.COMMERCE), COMPANY(Domain.COMMERCE),
        DEPARTMENT(Domain.COMMERCE), INDUSTRY(Domain.COMMERCE), COLOR(Domain.COMMERCE), MATERIAL(Domain.COMMERCE),
        SIZE(Domain.COMMERCE), COUPON_CODE(Domain.COMMERCE), ORDER_NUMBER(Domain.COMMERCE),
        TRACKING_NUMBER(Domain.COMMERCE), SHIPPING_CARRIER(Domain.COMMERCE),
        // finance
        IBAN(Domain.FINANCE), BIC(Domain.FINANCE), CREDIT_CARD_NUMBER(Domain.FINANCE),
        CARD_EXPIRY(Domain.FINANCE, EnumSet.of(Family.TEXT, Family.DATE)), CVV(Domain.FINANCE), CARD_BRAND(Domain.FINANCE),
        ACCOUNT_NUMBER(Domain.FINANCE), ROUTING_NUMBER(Domain.FINANCE), TAX_ID(Domain.FINANCE), STOCK_SYMBOL(Domain.FINANCE),
        SALARY(Domain.FINANCE, 25_000, 250_000, 0, Shape.LOG), HOURLY_RATE(Domain.FINANCE, 12, 150, 2, Shape.LOG),
        REVENUE(Domain.FINANCE, 1000, 10_000_000, 2, Shape.LOG), INTEREST_RATE(Domain.FINANCE, 0, 25, 2, Shape.UNIFORM),
        // dates and times
        CREATED_AT(Domain.TIME, TIMES), UPDATED_AT(Domain.TIME, TIMES), DELETED_AT(Domain.TIME, TIMES, 0.85),
        BIRTH_DATE(Domain.TIME, TIMES), EVENT_AT(Domain.TIME, TIMES), ORDERED_AT(Domain.TIME, TIMES),
        PAID_AT(Domain.TIME, TIMES), SHIPPED_AT(Domain.TIME, TIMES), DELIVERED_AT(Domain.TIME, TIMES),
        LAST_SEEN_AT(Domain.TIME, TIMES), START_DATE(Domain.TIME, TIMES), END_DATE(Domain.TIME, TIMES),
        EXPIRES_AT(Domain.TIME, TIMES), DUE_DATE(Domain.TIME, TIMES), HIRE_DATE(Domain.TIME, TIMES),
        YEAR(Domain.TIME, 1900, 2100, 0, Shape.SPECIAL),
        DURATION(Domain.TIME, EnumSet.of(Family.INTEGER, Family.DECIMAL, Family.FLOAT, Family.INTERVAL), 1, 7200, 0, Shape.LOG),
        // text
        TITLE(Domain.TEXT), DESCRIPTION(Domain.TEXT), SUMMARY(Domain.TEXT), BODY(Domain.TEXT), COMMENT(Domain.TEXT),
        NOTES(Domain.TEXT), BIO(Domain.TEXT), TAGS(Domain.TEXT),
        // identifiers and codes
        UUID(Domain.CODE, EnumSet.of(Family.TEXT, Family.UUID)), ISBN(Domain.CODE), ISBN10(Domain.CODE), EAN(Domain.CODE),
        UPC(Domain.CODE), HEX_COLOR(Domain.CODE), VERSION(Domain.CODE), MD5(Domain.CODE), SHA1(Domain.CODE),
        SHA256(Domain.CODE), LICENSE_PLATE(Domain.CODE), VIN(Domain.CODE),
        // statuses and categories: short labels, never free text
        STATUS(Domain.CATEGORY), ORDER_STATUS(Domain.CATEGORY), PAYMENT_STATUS(Domain.CATEGORY),
        PRIORITY(Domain.CATEGORY), ROLE(Domain.CATEGORY), CATEGORICAL(Domain.CATEGORY),
        // numbers and measures
        COUNT(Domain.MEASURE, 0, 10_000, 0, Shape.LOG), SCORE(Domain.MEASURE, 0, 100, 0, Shape.UNIFORM),
        PERCENTAGE(Domain.MEASURE, 0, 100, 2, Shape.UNIFORM), RATIO(Domain.MEASURE, 0, 1, 4, Shape.UNIFORM),
        WEIGHT(Domain.MEASURE, 0.1, 50, 2, Shape.LOG), DIMENSION(Domain.MEASURE, 1, 200, 1, Shape.LOG);

        public final Domain domain;
        public final Set<Family> families;
        /** Number kinds: the natural range (type limits and CHECKs narrow it), decimals when the type leaves them open. */
        public final double min;
        public final double max;
        public final int decimals;
        final Shape shape;
        /** Share of NULLs in a nullable column without a null_ratio, or NaN for the general default. */
        public final double nullRatio;

        Kind(Domain domain) {
            this(domain, TEXT_ONLY, Double.NaN);
        }

        Kind(Domain domain, double nullRatio) {
            this(domain, TEXT_ONLY, nullRatio);
        }

        Kind(Domain domain, Set<Family> families) {
            this(domain, families, Double.NaN);
        }

        Kind(Domain domain, Set<Family> families, double nullRatio) {
            this(domain, families, 0, 0, 0, null, nullRatio);
        }

        Kind(Domain domain, double min, double max, int decimals, Shape shape) {
            this(domain, NUMBERS, min, max, decimals, shape, Double.NaN);
        }

        Kind(Domain domain, Set<Family> families, double min, double max, int decimals, Shape shape) {
            this(domain, families, min, max, decimals, shape, Double.NaN);
        }

        Kind(Domain domain, Set<Family> families, double min, double max, int decimals, Shape shape, double nullRatio) {
            this.domain = domain;
            this.families = families;
            this.min = min;
            this.max = max;
            this.decimals = decimals;
            this.shape = shape;
            this.nullRatio = nullRatio;
        }

        /** The name used in a column's "generator" (e.g. {@code email}). */
        public String generatorName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean accepts(SqlType type) {
            Family f = Family.of(type);
            return f != null && families.contains(f);
        }

        /** The kind named by a column's "generator", if any. */
        public static Optional<Kind> named(String generator) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(generator)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private Semantic() {
    }

    /** The meaning of a column name in a table, if it has a recognisable one. */
    public static Optional<Kind> detect(String table, String column) {
        return NamePatterns.detect(table, column);
    }

    /** The generator of {@code kind} for a column described by {@code target} (whose family the kind accepts). */
    public static ColumnGenerator generator(Kind kind, long columnKey, Target target) {
        if (!kind.families.contains(target.family())) {
            throw new IllegalArgumentException(kind.generatorName() + " cannot fill a " + target.family() + " column");
        }
        return switch (target.family()) {
            case INTEGER, DECIMAL, FLOAT -> NumberKinds.generator(kind, columnKey, target);
            case DATE, TIMESTAMP -> TimeKinds.generator(kind, columnKey, target);
            case INTERVAL -> TimeKinds.duration(columnKey);
            case UUID, INET, MACADDR, TEXT -> switch (kind.domain) {
                case PERSON, CONTACT -> PersonKinds.generator(kind, columnKey, target);
                case ADDRESS -> PlaceKinds.generator(kind, columnKey, target);
                case INTERNET -> InternetKinds.generator(kind, columnKey, target);
                case COMMERCE, CATEGORY -> CommerceKinds.generator(kind, columnKey, target);
                case FINANCE -> FinanceKinds.generator(kind, columnKey, target);
                case TEXT -> TextKinds.generator(kind, columnKey, target);
                case CODE -> CodeKinds.generator(kind, columnKey, target);
                case TIME, MEASURE -> throw new IllegalArgumentException(kind + " is not a text kind");
            };
        };
    }

    /**
     * A generator of distinct values of {@code kind} across {@code rows} rows of a text column, or
     * empty when the kind cannot be made unique or its unique values do not fit {@code maxLength}.
     */
    public static Optional<ColumnGenerator> unique(Kind kind, long columnKey, int maxLength, long rows) {
        return UniqueKinds.generator(kind, columnKey, maxLength, rows);
    }
}
