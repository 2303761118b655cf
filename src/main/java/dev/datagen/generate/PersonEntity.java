package dev.datagen.generate;

import dev.datagen.generate.faker.Vocabulary;

/**
 * The person behind a row: names, gender, birth date and the style of their user name, so that
 * first_name, last_name, full_name, email, username, gender, age and birth_date agree. Derived from
 * (seed, table, row) on first use; one instance per {@link RowContext}, reset for every row.
 */
public final class PersonEntity {
    private static final long PERSON = Rng.key("entity:person");

    private final RowContext row;
    private boolean known;
    private boolean female;
    private int first;
    private int middle;
    private int last;
    private long birthEpochDay;
    private int handleStyle;
    private int handleNumber;

    PersonEntity(RowContext row) {
        this.row = row;
    }

    void reset() {
        known = false;
    }

    private void derive() {
        if (known) {
            return;
        }
        Vocabulary v = row.vocabulary();
        Rng r = new Rng(Rng.key(row.table().key() ^ PERSON, row.row()));
        female = r.chance(0.5);
        int firstCount = female ? v.femaleFirstNames.length : v.maleFirstNames.length;
        first = r.nextInt(firstCount);
        middle = r.nextInt(firstCount);
        last = r.nextInt(v.lastNames.length);
        birthEpochDay = row.adultBirthDays().pick(r);
        handleStyle = r.nextInt(6);
        handleNumber = r.chance(0.55) ? r.nextInt(r.chance(0.5) ? 100 : 10000) : -1;
        known = true;
    }

    public boolean female() {
        derive();
        return female;
    }

    public String firstName() {
        derive();
        Vocabulary v = row.vocabulary();
        return female ? v.femaleFirstNames[first] : v.maleFirstNames[first];
    }

    public String middleName() {
        derive();
        Vocabulary v = row.vocabulary();
        return female ? v.femaleFirstNames[middle] : v.maleFirstNames[middle];
    }

    public String lastName() {
        derive();
        return row.vocabulary().lastNames[last];
    }

    /** The first name in lower-case ASCII letters ("zoë" → "zoe"), for e-mail addresses and user names. */
    public String firstNameAscii() {
        derive();
        Vocabulary v = row.vocabulary();
        return female ? v.femaleFirstNamesAscii[first] : v.maleFirstNamesAscii[first];
    }

    public String lastNameAscii() {
        derive();
        return row.vocabulary().lastNamesAscii[last];
    }

    /** Days since 1970-01-01 of a birth date that makes the person 18 to 90 at the reference instant. */
    public long birthEpochDay() {
        derive();
        return birthEpochDay;
    }

    /** How this person writes user names and e-mail addresses (0–5), shared by both. */
    public int handleStyle() {
        derive();
        return handleStyle;
    }

    /** The number this person appends to user names and e-mail addresses, or -1 for none. */
    public int handleNumber() {
        derive();
        return handleNumber;
    }
}
