package dev.datagen.generate.faker;

import dev.datagen.schema.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import net.datafaker.Faker;

/**
 * The locales Datafaker ships data for, read from its resource files ({@code de.yml},
 * {@code de-AT.yml}, the country files {@code _DE.yml}). Datafaker quietly answers in English for a
 * locale it does not know, so a typo such as {@code de_DR} would give English names and US
 * dollars; {@link #parse} refuses it instead, suggesting the closest locale.
 */
public final class FakerLocales {
    private static volatile Shipped shipped;

    private FakerLocales() {
    }

    /** Languages ("de"), language-country files ("de-AT") and country files ("DE"). */
    private record Shipped(Set<String> languages, Set<String> tags, Set<String> countries) {
    }

    /**
     * The locale a tag means: {@code de_DE}, {@code de-DE}, {@code de}, {@code en_US.utf8} (the
     * encoding is ignored); empty, {@code C} and {@code POSIX} mean en_US. An
     * IllegalArgumentException when Datafaker has no data for it, e.g.
     * {@code unknown locale "de_DR"; did you mean de_DE?}.
     */
    public static Locale parse(String tag) {
        String t = tag == null ? "" : tag.trim().replaceFirst("[.@].*$", "");
        if (t.isEmpty() || t.equals("C") || t.equals("POSIX")) {
            return Locale.US;
        }
        String[] parts = t.split("[-_]", -1);
        String language = parts[0].toLowerCase(Locale.ROOT);
        String country = parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "";
        Shipped s = shipped();
        String exact = parts.length > 1 ? language + "-" + parts[1] : language;
        boolean known = s.languages.contains(language)
                && (parts.length == 1 || s.tags.contains(exact) || parts.length == 2 && country.length() == 2
                        && (s.tags.contains(language + "-" + country) || s.countries.contains(country)));
        if (!known) {
            throw new IllegalArgumentException(Suggestions.closest(t.replace('-', '_'), candidates(s))
                    .map(c -> "unknown locale \"" + tag + "\"; did you mean " + c + "?")
                    .orElse("unknown locale \"" + tag + "\"; use a locale such as en_US, de_DE, fr_FR, es_ES or ja_JP"));
        }
        return Locale.forLanguageTag(parts.length == 1 ? language : country.length() == 2 ? language + "-" + country : exact);
    }

    /** Suggestions, likeliest first: Datafaker's language-country files, then de_DE-like pairs, languages, other pairs. */
    private static List<String> candidates(Shipped s) {
        List<String> out = new ArrayList<>();
        s.tags.forEach(t -> out.add(t.replace('-', '_')));
        s.languages.stream().filter(l -> s.countries.contains(l.toUpperCase(Locale.ROOT))).forEach(l -> out.add(l + "_" + l.toUpperCase(Locale.ROOT)));
        out.addAll(s.languages);
        for (String l : s.languages) {
            s.countries.forEach(c -> out.add(l + "_" + c));
        }
        return out;
    }

    private static Shipped shipped() {
        Shipped s = shipped;
        if (s == null) {
            s = read();
            shipped = s;
        }
        return s;
    }

    /** Lists the .yml files at the top of Datafaker's jar (or class directory). */
    private static Shipped read() {
        Set<String> languages = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (String name : topLevelNames()) {
            if (name.endsWith("/")) {
                languages.add(name.substring(0, name.length() - 1));
            } else if (name.endsWith(".yml")) {
                String base = name.substring(0, name.length() - ".yml".length());
                if (base.startsWith("_")) {
                    countries.add(base.substring(1));
                } else if (base.contains("-")) {
                    tags.add(base);
                    languages.add(base.substring(0, base.indexOf('-')));
                } else {
                    languages.add(base);
                }
            }
        }
        if (!languages.contains("en")) {
            throw new IllegalStateException("cannot find Datafaker's locale files");
        }
        return new Shipped(languages, tags, countries);
    }

    private static List<String> topLevelNames() {
        URL en = Faker.class.getResource("/en.yml");
        if (en == null) {
            throw new IllegalStateException("cannot find Datafaker's locale files (no en.yml)");
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(en.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) en.openConnection();
                connection.setUseCaches(false);
                try (var jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        int slash = name.indexOf('/');
                        if (slash < 0 || slash == name.length() - 1) {
                            names.add(name);
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(en.toURI()).getParent())) {
                    files.forEach(p -> names.add(p.getFileName() + (Files.isDirectory(p) ? "/" : "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
