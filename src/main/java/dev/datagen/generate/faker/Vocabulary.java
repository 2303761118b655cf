package dev.datagen.generate.faker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Word pools drawn once per locale from Datafaker's locale data, then indexed by our own
 * deterministic randomness on the hot path. A Datafaker expression per value would be slow and
 * tie the output to Datafaker's internal random stream; a fixed-seed pool is fast and stable.
 */
public final class Vocabulary {
    private static final Map<Locale, Vocabulary> CACHE = new ConcurrentHashMap<>();
    private static final int POOL = 1000;

    public final String[] maleFirstNames;
    public final String[] femaleFirstNames;
    public final String[] lastNames;
    public final Place[] places;
    public final String[] streetNames;
    public final String[] companies;
    public final String[] emailDomains;
    public final String[] words;
    public final String[] sentences;
    public final String[] productNames;
    public final String[] jobTitles;
    public final String country;

    /** One coherent place: the city lies in the state, the postal code belongs to both. */
    public record Place(String city, String state, String stateCode, String postalCode, String country,
            String countryCode) {
    }

    private Vocabulary(Locale locale) {
        Faker faker = new Faker(locale, new Random(20251115L));
        maleFirstNames = pool(() -> safe(() -> faker.name().maleFirstName(), faker.name().firstName()), 400);
        femaleFirstNames = pool(() -> safe(() -> faker.name().femaleFirstName(), faker.name().firstName()), 400);
        lastNames = pool(() -> faker.name().lastName(), POOL);
        streetNames = pool(() -> faker.address().streetName(), POOL);
        companies = pool(() -> faker.company().name(), POOL);
        emailDomains = pool(() -> faker.internet().domainName(), 200);
        words = pool(() -> faker.lorem().word(), POOL);
        sentences = pool(() -> faker.lorem().sentence(8), POOL);
        productNames = pool(() -> faker.commerce().productName(), POOL);
        jobTitles = pool(() -> faker.job().title(), 400);
        country = faker.address().country();
        List<Place> placeList = new ArrayList<>();
        String defaultCountry = list(faker, "address.default_country").stream().findFirst().orElse(country);
        String countryCode = safe(() -> faker.address().countryCode(), "US").toUpperCase(Locale.ROOT);
        // address.state and address.state_abbr are parallel lists: pair them by index
        List<String> states = list(faker, "address.state");
        List<String> stateCodes = list(faker, "address.state_abbr");
        Random pick = new Random(7L);
        for (int i = 0; i < POOL; i++) {
            String state;
            String stateCode;
            if (!states.isEmpty() && states.size() == stateCodes.size()) {
                int s = pick.nextInt(states.size());
                state = states.get(s);
                stateCode = stateCodes.get(s);
            } else {
                state = safe(() -> faker.address().state(), "");
                stateCode = safe(() -> faker.address().stateAbbr(), state);
            }
            String zip = safe(() -> faker.address().zipCodeByState(stateCode), null);
            if (zip == null || zip.isBlank()) {
                zip = faker.address().zipCode();
            }
            placeList.add(new Place(faker.address().cityName(), state, stateCode, zip, defaultCountry, countryCode));
        }
        places = placeList.toArray(Place[]::new);
    }

    public static Vocabulary forLocale(Locale locale) {
        return CACHE.computeIfAbsent(locale, Vocabulary::new);
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

    /** Up to {@code size} distinct values (fewer when the locale has fewer), in a fixed order. */
    private static String[] pool(Supplier<String> source, int size) {
        Set<String> values = new LinkedHashSet<>();
        for (int attempts = 0; values.size() < size && attempts < size * 4; attempts++) {
            String v = source.get();
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return values.toArray(String[]::new);
    }
}
