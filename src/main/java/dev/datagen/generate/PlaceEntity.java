package dev.datagen.generate;

import dev.datagen.generate.faker.Vocabulary;

/**
 * The place behind a row: one entry of the locale's place pool (city, state, country, coordinates,
 * time zone) plus a street, a house number and the postal code's last digits, so that street,
 * city, state, postal code, country and a one-line address agree. Derived from (seed, table, row).
 */
public final class PlaceEntity {
    private static final long PLACE = Rng.key("entity:place");

    private final RowContext row;
    private boolean known;
    private long seed;
    private int place;
    private int street;

    PlaceEntity(RowContext row) {
        this.row = row;
    }

    void reset() {
        known = false;
    }

    private void derive() {
        if (!known) {
            Vocabulary v = row.vocabulary();
            seed = Rng.key(row.table().key() ^ PLACE, row.row());
            Rng r = new Rng(seed);
            place = r.nextInt(v.places.length);
            street = r.nextInt(v.streetNames.length);
            known = true;
        }
    }

    public Vocabulary.Place place() {
        derive();
        return row.vocabulary().places[place];
    }

    public String streetName() {
        derive();
        return row.vocabulary().streetNames[street];
    }

    /** A stream for the place's own details (house number, postal digits); the same for every column. */
    public Rng detail(long what) {
        derive();
        return new Rng(Rng.key(seed, what));
    }
}
