package dev.datagen.generate;

import dev.datagen.generate.faker.Vocabulary;
import java.time.Instant;

/**
 * The row being generated, and the entities its columns share so they agree with each other: one
 * person behind first_name/last_name/email, one place behind city/state/postal_code, one timeline
 * behind created_at/updated_at. Entities are derived from (seed, table, row) on first use. One
 * context per worker thread; {@link #parent} gives scratch contexts for re-deriving parent rows.
 */
public final class RowContext {
    private static final long PERSON = Rng.key("entity:person");
    private static final long PLACE = Rng.key("entity:place");
    private static final long TIMELINE = Rng.key("entity:timeline");

    private final GenerationSettings settings;
    private final RowContext[] parents;
    private TableKeys table;
    private long row;
    private long streamSalt;

    private boolean hasPerson;
    private int firstNameIndex;
    private boolean female;
    private int lastNameIndex;
    private boolean hasTimeline;
    private long createdEpochSecond;

    public RowContext(GenerationSettings settings, int tableCount) {
        this(settings, new RowContext[tableCount]);
    }

    private RowContext(GenerationSettings settings, RowContext[] parents) {
        this.settings = settings;
        this.parents = parents;
    }

    public RowContext at(TableKeys table, long row) {
        this.table = table;
        this.row = row;
        hasPerson = false;
        hasTimeline = false;
        return this;
    }

    public long row() {
        return row;
    }

    public TableKeys table() {
        return table;
    }

    public GenerationSettings settings() {
        return settings;
    }

    public Vocabulary vocabulary() {
        return settings.vocabulary();
    }

    /** A fresh stream for one column of this row. */
    public Rng rng(long columnKey) {
        return new Rng(Rng.key(columnKey ^ streamSalt, row));
    }

    /** Salts every column stream, so nested values (array elements) differ from each other. */
    public long streamSalt() {
        return streamSalt;
    }

    public void streamSalt(long salt) {
        this.streamSalt = salt;
    }

    /** A context positioned on row {@code parentRow} of {@code parent}, for foreign keys. */
    public RowContext parent(TableKeys parent, long parentRow) {
        RowContext ctx = parents[parent.index()];
        if (ctx == null) {
            ctx = new RowContext(settings, new RowContext[parents.length]);
            parents[parent.index()] = ctx;
        }
        return ctx.at(parent, parentRow);
    }

    // --- the person behind the row ---

    private void person() {
        if (!hasPerson) {
            Vocabulary v = vocabulary();
            Rng r = new Rng(Rng.key(table.key() ^ PERSON, row));
            female = r.chance(0.5);
            firstNameIndex = r.nextInt(female ? v.femaleFirstNames.length : v.maleFirstNames.length);
            lastNameIndex = r.nextInt(v.lastNames.length);
            hasPerson = true;
        }
    }

    public String firstName() {
        person();
        return female ? vocabulary().femaleFirstNames[firstNameIndex] : vocabulary().maleFirstNames[firstNameIndex];
    }

    public String lastName() {
        person();
        return vocabulary().lastNames[lastNameIndex];
    }

    public boolean female() {
        person();
        return female;
    }

    // --- the place behind the row ---

    public Vocabulary.Place place() {
        Vocabulary.Place[] places = vocabulary().places;
        return places[new Rng(Rng.key(table.key() ^ PLACE, row)).nextInt(places.length)];
    }

    // --- the row's timeline: created first, everything else later ---

    /** When the row's entity was created: within the last three years before the reference instant. */
    public long createdEpochSecond() {
        if (!hasTimeline) {
            long now = settings.referenceInstant().getEpochSecond();
            long span = 3L * 365 * 24 * 3600;
            createdEpochSecond = now - new Rng(Rng.key(table.key() ^ TIMELINE, row)).nextLong(span);
            hasTimeline = true;
        }
        return createdEpochSecond;
    }

    public Instant referenceInstant() {
        return settings.referenceInstant();
    }
}
