package dev.datagen.plan;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.GenerationSettings;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.TableKeys;
import dev.datagen.generate.TextValue;
import dev.datagen.generate.semantic.Family;
import dev.datagen.generate.semantic.NamePatterns;
import dev.datagen.generate.semantic.NamePatterns.NamePattern;
import dev.datagen.generate.semantic.Semantic;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.schema.Column;
import dev.datagen.schema.SqlTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders docs/semantic-patterns.md from the code's own pattern list: every pattern, names it
 * matches, its kind, the column types the kind fills and a sample value generated through the
 * real selection path (detection, type limits, generator). Run {@code main} (or the doc test with
 * {@code -Ddatagen.regenerateDocs=true}) to rewrite the file.
 */
public final class SemanticPatternTable {
    public static final Path FILE = Path.of("docs", "semantic-patterns.md");
    private static final Set<Kind> DATE_SAMPLES = Set.of(Kind.BIRTH_DATE, Kind.HIRE_DATE, Kind.DUE_DATE);

    private SemanticPatternTable() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, render());
    }

    public static String render() {
        GenerationSettings settings = GenerationSettings.of(1, Instant.parse("2026-01-01T00:00:00Z"), Locale.US);
        GeneratorSelector selector = new GeneratorSelector(settings, Map.of());
        List<NamePattern> patterns = NamePatterns.all();
        StringBuilder md = new StringBuilder();
        md.append("""
                # Semantic column detection

                <!-- Generated from the pattern list in NamePatterns.java by SemanticPatternTable (src/test);
                     SemanticPatternsDocTest fails when this file is stale. Do not edit by hand. -->

                A column without an explicit `generator` gets its values from what its **name** means, when the
                name matches one of the %d patterns below (for %d kinds); otherwise from its type.

                - **Any style.** A name is split into words (`billingEmailAddress`, `billing_email_address`,
                  `BILLING-EMAIL-ADDRESS` → billing, email, address) and its endings are looked up, longest
                  first, with the words joined: so `email_address`, `emailAddress`, `emailaddress` and
                  `contact_email_address` are all e-mail addresses, and `email_address` is not a street address.
                - **Strict patterns** (marked *strict*) match only alone or after a qualifier such as billing,
                  shipping, home, work, primary, customer: `billing_state` is a state, `order_state` is not.
                - **Table patterns**: a bare `name` or `code` takes its meaning from the table
                  (`customers.name` is a full name, `products.name` a product name, `countries.code` a country code).
                - **Types.** A kind fills only the types listed; any other type (a `price` of type text, an
                  `is_deleted` boolean) silently gets the type's default generator. Text never exceeds
                  `varchar(n)`/`char(n)` (values are cut at a word boundary or a shorter one is chosen),
                  numbers stay inside the type's range and `numeric(p,s)`, and simple CHECK constraints win
                  over a kind's natural range (`price numeric(10,2) CHECK (price > 0)`).
                - **One row, one story.** The columns of a row share one person (first, middle and last name,
                  full name, gender, salutation, e-mail, user name, birth date, age), one place (street, house
                  number, city, state, postal code, country, coordinates, time zone) and one timeline
                  (`created_at` ≤ ordered ≤ paid ≤ shipped ≤ delivered ≤ `updated_at` ≤ `deleted_at`;
                  start ≤ end; birth dates of adults aged 18 to 90 at the reference instant).
                - **Explicit use.** Every kind is also a generator name: `"generator": "email"`.
                - **NULLs.** Nullable columns are NULL at `null_ratio` (default 0.1); a few kinds have their
                  own default share, shown below (`deleted_at` columns are mostly NULL).
                - **Locales.** Names, places, postal codes, phone formats, companies and words follow the
                  locale (`database.locale` or `--locale`; en_US by default, also e.g. de_DE, fr_FR, es_ES,
                  ja_JP). The samples below are en_US.

                """.formatted(patterns.size(), Kind.values().length));
        for (Semantic.Domain domain : Semantic.Domain.values()) {
            md.append("## ").append(domain.title).append("\n\n");
            md.append("| Pattern | Matches e.g. | Kind (`generator`) | Types | Sample |\n");
            md.append("|---|---|---|---|---|\n");
            for (NamePattern p : patterns) {
                if (p.kind().domain == domain) {
                    row(md, p, selector, settings);
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, NamePattern p, GeneratorSelector selector, GenerationSettings settings) {
        String pattern = "`" + p.phrase() + "`" + (p.tables() != null ? " in a table of " + String.join(", ", p.tables())
                : p.strict() ? " *strict*" : "");
        String examples = p.examples().stream().map(e -> "`" + e + "`").collect(Collectors.joining(", "));
        Kind k = p.kind();
        String kind = "`" + k.generatorName() + "`" + (Double.isNaN(k.nullRatio) ? "" : " (NULL " + Math.round(k.nullRatio * 100) + "%)");
        String types = k.families.stream().map(f -> f.types).collect(Collectors.joining(", "));
        md.append("| ").append(pattern).append(" | ").append(examples).append(" | ").append(kind).append(" | ")
                .append(types).append(" | ").append(sample(p, selector, settings)).append(" |\n");
    }

    /** A value generated for the pattern's first example name, through detection and selection. */
    private static String sample(NamePattern p, GeneratorSelector selector, GenerationSettings settings) {
        String table = p.tables() != null ? p.tables().get(0) : "sample";
        String column = p.examples().get(0);
        String type = sampleType(p.kind());
        long key = Rng.key(Rng.key(table), Rng.key(column));
        ColumnGenerator g = selector.select(table, new Column(column, type, false, null, null, Map.of(), null),
                SqlTypes.parse(type, Set.of()), key, 1, null);
        TableKeys keys = new TableKeys(0, table, Rng.key(table), 1);
        RowContext ctx = new RowContext(settings, 1).at(keys, 0);
        TextValue v = new TextValue();
        g.generate(ctx, v);
        String text = v.text().toString().replace("|", "\\|");
        return "`" + text + "` (" + type + ")";
    }

    /** The type the sample is generated for: the kind's first family, dates for day-precise kinds. */
    static String sampleType(Kind k) {
        Family f = k.families.iterator().next();
        return switch (f) {
            case TEXT -> "text";
            case INTEGER, DECIMAL, FLOAT -> k.decimals == 0 ? "integer"
                    : "numeric(" + (Long.toString((long) Math.abs(k.max)).length() + k.decimals) + "," + k.decimals + ")";
            case DATE, TIMESTAMP -> DATE_SAMPLES.contains(k) ? "date" : "timestamptz";
            case INET -> "inet";
            case MACADDR -> "macaddr";
            case UUID -> "uuid";
            case INTERVAL -> "interval";
        };
    }
}
