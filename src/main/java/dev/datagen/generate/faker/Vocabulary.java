package dev.datagen.generate.faker;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.datafaker.Faker;

/**
 * Word pools drawn once per locale from Datafaker's locale data, then indexed by our own
 * deterministic randomness on the hot path. A Datafaker expression per value would be slow and
 * tie the output to Datafaker's internal random stream; a fixed-seed pool is fast and stable.
 * Whatever a value needs besides picking (ASCII forms of names, slugs of titles, digit templates
 * of phone numbers and postal codes) is precomputed here too.
 */
public final class Vocabulary {
    private static final Map<Locale, Vocabulary> CACHE = new ConcurrentHashMap<>();
    private static final int POOL = 1000;
    private static final long SEED = 20251115L;

    public final Locale locale;
    public final String languageCode;
    public final String countryCode;
    public final String country;
    public final String currencyCode;
    /** The locale as a database would store it: en_US. */
    public final String localeCode;

    // people: *Ascii are the names folded to a–z, index for index (romanised stand-ins for non-Latin scripts)
    public final String[] maleFirstNames;
    public final String[] femaleFirstNames;
    public final String[] lastNames;
    public final String[] maleFirstNamesAscii;
    public final String[] femaleFirstNamesAscii;
    public final String[] lastNamesAscii;
    public final boolean familyNameFirst;
    public final String[] maleSalutations;
    public final String[] femaleSalutations;
    public final String[] nameSuffixes;
    public final String[] nationalities;
    public final String[] languages;
    public final String[] jobTitles;
    public final String[] universities;
    /** Digit templates: {@code #} any digit, {@code %} 1–9, {@code ?} a letter. */
    public final String nationalIdTemplate;
    public final String taxIdTemplate;
    public final String ibanCountry;
    public final String ibanBban;

    // contact
    public final String[] phoneTemplates;
    public final String[] mobileTemplates;
    public final String[] freeEmailDomains;
    public final String[] emailDomains;

    // places
    public final Place[] places;
    public final String[] streetNames;
    public final boolean houseNumberFirst;
    public final String[] buildingNumberTemplates;
    public final String[] secondaryAddressTemplates;
    public final LocaleFormats.AddressStyle addressStyle;

    // words and things
    public final String[] words;
    public final String[] sentences;
    public final String[] titles;
    public final String[] titleSlugs;
    public final String[] companies;
    public final String[] productNames;
    public final String[] brands;
    public final String[] categories;
    public final String[] departments;
    public final String[] industries;
    public final String[] colors;
    public final String[] materials;
    public final String[] userAgents;
    public final String[] stockSymbols;
    public final String[] licensePlates;

    /**
     * One coherent place: the city lies in the state, the postal code (a template whose first
     * digits are fixed, the rest drawn per row) belongs to both, and latitude, longitude and time
     * zone lie in the state or country.
     */
    public record Place(String city, String state, String stateCode, String postalTemplate, String country,
            String countryCode, double latitude, double longitude, String timeZone) {
        /** A place copied field by field (see {@link VocabularySnapshot}). */
        static Place mirror(VocabularySnapshot.Mirror m) throws IOException {
            return new Place(m.string("city"), m.string("state"), m.string("stateCode"), m.string("postalTemplate"),
                    m.string("country"), m.string("countryCode"), m.real("latitude"), m.real("longitude"),
                    m.string("timeZone"));
        }
    }

    private Vocabulary(Locale locale) {
        Faker faker = new Faker(locale, new Random(SEED));
        this.locale = locale;
        languageCode = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        countryCode = !locale.getCountry().isEmpty() ? locale.getCountry()
                : safe(() -> faker.address().countryCode(), "US").toUpperCase(Locale.ROOT);
        country = list(faker, "address.default_country").stream().findFirst().orElse(safe(() -> faker.address().country(), countryCode));
        currencyCode = currencyOf(countryCode);
        localeCode = languageCode + "_" + countryCode;

        Faker latin = new Faker(Locale.US, new Random(SEED));
        String[] male = pool(() -> faker.name().maleFirstName(), 400);
        String[] female = pool(() -> faker.name().femaleFirstName(), 400);
        if (!languageCode.equals("en") && borrowedFromEnglish(female, latin)) {
            // the locale has no gendered first names (Datafaker then answers in English): use its own, ungendered
            male = pool(() -> faker.name().firstName(), 400);
            female = male;
        }
        maleFirstNames = male;
        femaleFirstNames = female;
        lastNames = pool(() -> faker.name().lastName(), POOL);
        // names in scripts without a Latin form get English stand-ins for e-mail addresses and user names
        maleFirstNamesAscii = asciiForms(maleFirstNames, () -> latin.name().maleFirstName());
        femaleFirstNamesAscii = asciiForms(femaleFirstNames, () -> latin.name().femaleFirstName());
        lastNamesAscii = asciiForms(lastNames, () -> latin.name().lastName());
        familyNameFirst = LocaleFormats.familyNameFirst(languageCode);
        maleSalutations = LocaleFormats.maleSalutations(languageCode);
        femaleSalutations = LocaleFormats.femaleSalutations(languageCode);
        nameSuffixes = pool(() -> faker.name().suffix(), 20);
        nationalities = pool(() -> faker.nation().nationality(), 200);
        languages = pool(() -> faker.nation().language(), 100);
        jobTitles = pool(() -> faker.job().title(), 400);
        universities = pool(() -> faker.university().name(), 300);
        nationalIdTemplate = LocaleFormats.nationalId(countryCode);
        taxIdTemplate = LocaleFormats.taxId(countryCode);
        ibanCountry = LocaleFormats.ibanCountry(countryCode);
        ibanBban = LocaleFormats.ibanBban(ibanCountry);

        phoneTemplates = pool(() -> phoneTemplate(faker.phoneNumber().phoneNumber()), 200);
        mobileTemplates = pool(() -> phoneTemplate(faker.phoneNumber().cellPhone()), 200);
        freeEmailDomains = nonEmpty(list(faker, "internet.free_email").toArray(String[]::new), "gmail.com", "yahoo.com", "outlook.com");
        String[] domains = pool(() -> faker.internet().domainName(), 200);
        emailDomains = nonEmpty(Arrays.stream(domains).filter(Vocabulary::isPlainDomain).toArray(String[]::new),
                pool(() -> latin.internet().domainName(), 200));

        houseNumberFirst = houseNumberFirst(faker);
        streetNames = pool(() -> faker.address().streetName(), POOL);
        // house numbers never start with 0; some locales keep the separator in the template (", ##")
        buildingNumberTemplates = nonEmpty(list(faker, "address.building_number").stream()
                .map(b -> b.replaceFirst("^[\\s,]+", "").trim().replaceFirst("#", "%")).filter(b -> !b.isEmpty())
                .distinct().toArray(String[]::new), "%##");
        secondaryAddressTemplates = nonEmpty(list(faker, "address.secondary_address").toArray(String[]::new), "Apt. ###");
        addressStyle = LocaleFormats.addressStyle(countryCode);
        places = places(faker);

        words = pool(() -> faker.lorem().word(), POOL);
        sentences = pool(() -> faker.lorem().sentence(8), POOL);
        titles = pool(() -> withoutPeriod(faker.lorem().sentence(3, 3)), POOL);
        titleSlugs = slugs(titles, () -> withoutPeriod(latin.lorem().sentence(3, 3)));
        companies = pool(() -> faker.company().name(), POOL);
        productNames = pool(() -> faker.commerce().productName(), POOL);
        brands = pool(() -> faker.commerce().brand(), 100);
        categories = categories(faker);
        departments = pool(() -> faker.job().field(), 60);
        industries = pool(() -> faker.company().industry(), 150);
        colors = pool(() -> faker.color().name(), 40);
        materials = pool(() -> faker.commerce().material(), 40);
        userAgents = pool(() -> faker.internet().userAgent(), 200);
        stockSymbols = pool(() -> faker.stock().nsdqSymbol(), 300);
        licensePlates = pool(() -> faker.vehicle().licensePlate(), POOL);
    }

    /**
     * A copy of every field, in one order for writing and reading a snapshot: a writer takes each named
     * field from the Vocabulary it copies, a reader from its stream. A field left out does not compile.
     */
    Vocabulary(VocabularySnapshot.Mirror m) throws IOException {
        locale = m.locale("locale");
        languageCode = m.string("languageCode");
        countryCode = m.string("countryCode");
        country = m.string("country");
        currencyCode = m.string("currencyCode");
        localeCode = m.string("localeCode");

        maleFirstNames = m.strings("maleFirstNames");
        femaleFirstNames = m.strings("femaleFirstNames");
        lastNames = m.strings("lastNames");
        maleFirstNamesAscii = m.strings("maleFirstNamesAscii");
        femaleFirstNamesAscii = m.strings("femaleFirstNamesAscii");
        lastNamesAscii = m.strings("lastNamesAscii");
        familyNameFirst = m.bool("familyNameFirst");
        maleSalutations = m.strings("maleSalutations");
        femaleSalutations = m.strings("femaleSalutations");
        nameSuffixes = m.strings("nameSuffixes");
        nationalities = m.strings("nationalities");
        languages = m.strings("languages");
        jobTitles = m.strings("jobTitles");
        universities = m.strings("universities");
        nationalIdTemplate = m.string("nationalIdTemplate");
        taxIdTemplate = m.string("taxIdTemplate");
        ibanCountry = m.string("ibanCountry");
        ibanBban = m.string("ibanBban");

        phoneTemplates = m.strings("phoneTemplates");
        mobileTemplates = m.strings("mobileTemplates");
        freeEmailDomains = m.strings("freeEmailDomains");
        emailDomains = m.strings("emailDomains");

        places = m.places("places");
        streetNames = m.strings("streetNames");
        houseNumberFirst = m.bool("houseNumberFirst");
        buildingNumberTemplates = m.strings("buildingNumberTemplates");
        secondaryAddressTemplates = m.strings("secondaryAddressTemplates");
        addressStyle = m.addressStyle("addressStyle");

        words = m.strings("words");
        sentences = m.strings("sentences");
        titles = m.strings("titles");
        titleSlugs = m.strings("titleSlugs");
        companies = m.strings("companies");
        productNames = m.strings("productNames");
        brands = m.strings("brands");
        categories = m.strings("categories");
        departments = m.strings("departments");
        industries = m.strings("industries");
        colors = m.strings("colors");
        materials = m.strings("materials");
        userAgents = m.strings("userAgents");
        stockSymbols = m.strings("stockSymbols");
        licensePlates = m.strings("licensePlates");
    }

    /**
     * The locale's pools, built once per JVM: decoded from the snapshot the build made (en_US: milliseconds
     * instead of seconds of Datafaker loading), else built from Datafaker. Both give the same pools.
     */
    public static Vocabulary forLocale(Locale locale) {
        return CACHE.computeIfAbsent(locale, l -> fromSnapshotOrBuild(l, VocabularySnapshot.open(l)));
    }

    /** The snapshot's pools when {@code snapshot} (may be null) decodes for the locale, else built from Datafaker. */
    static Vocabulary fromSnapshotOrBuild(Locale locale, InputStream snapshot) {
        Vocabulary decoded = VocabularySnapshot.read(snapshot, locale);
        return decoded != null ? decoded : build(locale);
    }

    /** Builds the locale's pools from Datafaker (what a snapshot holds). */
    static Vocabulary build(Locale locale) {
        return new Vocabulary(locale);
    }

    /**
     * Starts building the locale's pools on a background thread, so that the first rows (or size
     * estimates) needing them wait less. Output cannot change: the pools are a function of the locale
     * alone, built once whichever thread asks first. A failure is left for the foreground to meet.
     */
    public static void warmUp(Locale locale) {
        Thread warmUp = new Thread(() -> {
            try {
                forLocale(locale);
            } catch (RuntimeException e) {
                // not cached: the first use builds it again and reports the failure
            }
        }, "datagen-vocabulary");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private Place[] places(Faker faker) {
        // address.state and address.state_abbr are parallel lists: pair them by index
        // British and Irish addresses name a county (Datafaker's en-GB states are American)
        boolean counties = countryCode.equals("GB") || countryCode.equals("IE");
        List<String> states = list(faker, counties ? "address.county" : "address.state");
        List<String> stateCodes = counties ? List.of() : list(faker, "address.state_abbr");
        boolean paired = !states.isEmpty() && states.size() == stateCodes.size();
        Random pick = new Random(7L);
        Place[] result = new Place[POOL];
        for (int i = 0; i < POOL; i++) {
            String state;
            String stateCode;
            if (paired) {
                int s = pick.nextInt(states.size());
                state = states.get(s);
                stateCode = stateCodes.get(s);
            } else if (!states.isEmpty()) {
                state = states.get(pick.nextInt(states.size()));
                stateCode = abbreviation(state);
            } else {
                state = safe(() -> faker.address().state(), "");
                stateCode = abbreviation(state);
            }
            String zip = countryCode.equals("US") ? safe(() -> faker.address().zipCodeByState(stateCode), null) : null;
            if (zip == null || zip.isBlank()) {
                zip = faker.address().zipCode();
            }
            Geography.Box box = Geography.box(countryCode, stateCode);
            double lat = box.latMin() + pick.nextDouble() * (box.latMax() - box.latMin());
            double lon = box.lonMin() + pick.nextDouble() * (box.lonMax() - box.lonMin());
            result[i] = new Place(faker.address().cityName(), state, stateCode, postalTemplate(zip), country, countryCode,
                    lat, lon, Geography.timeZone(countryCode, stateCode));
        }
        return result;
    }

    /** "Nordrhein-Westfalen" → "NW" when the locale has no abbreviations. */
    private static String abbreviation(String state) {
        String letters = state.replaceAll("[^\\p{L}]", "");
        return letters.length() <= 3 ? letters : letters.substring(0, 2).toUpperCase(Locale.ROOT);
    }

    /** Whether most of these first names are Datafaker's English ones, its answer when a locale has none. */
    private static boolean borrowedFromEnglish(String[] names, Faker latin) {
        Set<String> english = Set.copyOf(list(latin, "name.female_first_name"));
        return Arrays.stream(names).filter(english::contains).count() > names.length / 2;
    }

    /** Whether the locale writes "12 Main St" (number first) rather than "Hauptstr. 12". */
    private static boolean houseNumberFirst(Faker faker) {
        int first = 0;
        for (int i = 0; i < 20; i++) {
            String a = faker.address().streetAddress();
            if (!a.isEmpty() && Character.isDigit(a.charAt(0))) {
                first++;
            }
        }
        return first >= 10;
    }

    /** Single words of the commerce departments ("Books & Toys" → Books, Toys). */
    private static String[] categories(Faker faker) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < 400 && out.size() < 60; i++) {
            for (String part : faker.commerce().department().split("\\s*(?:&|,)\\s*")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * A phone number as a template: the first digit of each group stays (trunk and area prefixes
     * such as 0, 01, (2.. keep the locale's look), every other digit becomes {@code #}, filled per row.
     */
    static String phoneTemplate(String sample) {
        // drop extensions ("x123", "ext. 4") and anything else that is not part of the number
        String number = sample == null ? "" : sample.replaceFirst("\\s*[^0-9 ()+./-].*$", "").trim();
        return number.replaceAll("[^0-9]", "").length() < 6 ? null : digitTemplate(number, 1);
    }

    /** A postal code as a template: the first two digits fix the area, the rest is drawn per row. */
    static String postalTemplate(String sample) {
        StringBuilder t = new StringBuilder(sample.length());
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= '0' && c <= '9') {
                t.append(digits++ < 2 ? c : '#');
            } else if (c >= 'A' && c <= 'Z') {
                t.append(letters++ < 2 ? c : '?');
            } else {
                t.append(c);
            }
        }
        return t.toString();
    }

    private static String digitTemplate(String sample, int keepPerGroup) {
        StringBuilder t = new StringBuilder(sample.length());
        int run = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= '0' && c <= '9') {
                t.append(run++ < keepPerGroup ? c : '#');
            } else {
                t.append(c);
                run = 0;
            }
        }
        return t.toString();
    }

    private static boolean isPlainDomain(String d) {
        return d.matches("[a-z0-9.-]+\\.[a-z]{2,}") && !d.startsWith("xn--") && !d.contains(".xn--");
    }

    private static String withoutPeriod(String s) {
        String t = s.trim();
        while (!t.isEmpty() && ".。!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String currencyOf(String countryCode) {
        try {
            Currency c = Currency.getInstance(new Locale("", countryCode));
            return c == null ? "USD" : c.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return "USD";
        }
    }

    /** ASCII letters of each name; a Latin stand-in where the name has none (kanji, kana). */
    private static String[] asciiForms(String[] names, Supplier<String> latinStandIn) {
        return forms(names, Ascii::letters, latinStandIn, "user");
    }

    private static String[] slugs(String[] titles, Supplier<String> latinStandIn) {
        return forms(titles, Ascii::slug, latinStandIn, "post");
    }

    private static String[] forms(String[] values, UnaryOperator<String> fold, Supplier<String> standIn, String last) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String f = fold.apply(values[i]);
            for (int attempt = 0; f.isEmpty() && attempt < 5; attempt++) {
                f = fold.apply(standIn.get());
            }
            out[i] = f.isEmpty() ? last : f;
        }
        return out;
    }

    /** A locale list such as address.state, or empty when the locale has none. */
    private static List<String> list(Faker faker, String key) {
        try {
            Object o = faker.fakeValuesService().fetchObject(key, faker.getContext());
            if (o instanceof List<?> l) {
                return l.stream().map(String::valueOf).toList();
            }
        } catch (RuntimeException e) {
            // the locale lacks the key: callers fall back
        }
        return List.of();
    }

    private static String safe(Supplier<String> s, String fallback) {
        try {
            String v = s.get();
            return v == null || v.isBlank() ? fallback : v;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static String[] nonEmpty(String[] values, String... fallback) {
        return values.length > 0 ? values : fallback;
    }

    /** Up to {@code size} distinct values (fewer when the locale has fewer), in a fixed order. */
    private static String[] pool(Supplier<String> source, int size) {
        Set<String> values = new LinkedHashSet<>();
        for (int attempts = 0; values.size() < size && attempts < size * 4; attempts++) {
            String v = safe(source, null);
            if (v != null) {
                values.add(v);
            }
        }
        List<String> list = new ArrayList<>(values);
        return list.isEmpty() ? new String[] {"-"} : list.toArray(String[]::new);
    }
}
