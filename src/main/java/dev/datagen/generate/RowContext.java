package dev.datagen.generate;

import dev.datagen.generate.faker.Vocabulary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The row being generated, and the entities its columns share so they agree with each other: one
 * person behind first_name/last_name/email, one place behind city/state/postal_code, one timeline
 * behind created_at/updated_at. Entities are derived from (seed, table, row) on first use. One
 * context per worker thread; {@link #parent} gives scratch contexts for re-deriving parent rows.
 */
public final class RowContext {
    private final GenerationSettings settings;
    private Vocabulary vocabulary;
    private final RowContext[] parents;
    private final PersonEntity person = new PersonEntity(this);
    private final PlaceEntity place = new PlaceEntity(this);
    private final TimelineEntity timeline = new TimelineEntity(this);
    private final DayRange adultBirthDays;
    private final StringBuilder scratch = new StringBuilder(128);
    private TableKeys table;
    private long row;
    private long streamSalt;

    /** An inclusive range of days since 1970-01-01. */
    public record DayRange(long first, long last) {
        public long pick(Rng r) {
            return r.between(first, last);
        }
    }

    public RowContext(GenerationSettings settings, int tableCount) {
        this(settings, new RowContext[tableCount]);
    }

    private RowContext(GenerationSettings settings, RowContext[] parents) {
        this.settings = settings;
        this.parents = parents;
        // born 18 to 90 full years before the reference day
        LocalDate today = LocalDate.ofInstant(settings.referenceInstant(), ZoneOffset.UTC);
        this.adultBirthDays = new DayRange(today.minusYears(91).plusDays(1).toEpochDay(), today.minusYears(18).toEpochDay());
    }

    public RowContext at(TableKeys table, long row) {
        this.table = table;
        this.row = row;
        person.reset();
        place.reset();
        timeline.reset();
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
        if (vocabulary == null) { // per worker, so the shared cache is asked once per thread
            vocabulary = settings.vocabulary();
        }
        return vocabulary;
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

    /**
     * An empty builder to compose one value in, reused for every value of this worker: the value
     * must be handed to the output (which copies it) before the next call, and generators that
     * call other generators must not use it.
     */
    public StringBuilder scratch() {
        scratch.setLength(0);
        return scratch;
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

    /** The person behind the row. */
    public PersonEntity person() {
        return person;
    }

    /** The place behind the row. */
    public PlaceEntity place() {
        return place;
    }

    /** The row's timeline: created first, everything else later. */
    public TimelineEntity timeline() {
        return timeline;
    }

    /** When the row's entity was created: within the last three years before the reference instant. */
    public long createdEpochSecond() {
        return timeline.created();
    }

    public Instant referenceInstant() {
        return settings.referenceInstant();
    }

    /** Birth days that give ages of 18 to 90 at the reference instant. */
    public DayRange adultBirthDays() {
        return adultBirthDays;
    }
}
