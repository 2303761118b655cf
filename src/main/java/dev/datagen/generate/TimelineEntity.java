package dev.datagen.generate;

/**
 * The row's timeline, so its time columns tell one story: created first; then ordered, paid,
 * shipped and delivered in that order; updated after all of these, deleted after the update; a
 * start and an end after creation. All within three years before the reference instant (end and
 * expiry dates may lie after it). Each instant is derived from (seed, table, row) and its own
 * sub-key, so reading one never changes another.
 */
public final class TimelineEntity {
    private static final long TIMELINE = Rng.key("entity:timeline");
    private static final long DAY = 86400;
    /** Most gap lengths of the life-cycle stages (ordered, paid, shipped, delivered), in seconds. */
    private static final long[] STAGE_GAPS = {2 * DAY, DAY, 5 * DAY, 10 * DAY};

    private final RowContext row;
    private boolean known;
    private long seed;
    private long created;
    private final long[] stages = new long[STAGE_GAPS.length + 1];
    private int stagesKnown;

    TimelineEntity(RowContext row) {
        this.row = row;
    }

    void reset() {
        known = false;
    }

    private void derive() {
        if (!known) {
            seed = Rng.key(row.table().key() ^ TIMELINE, row.row());
            long span = 3L * 365 * DAY;
            created = now() - new Rng(seed).nextLong(span);
            stages[0] = created;
            stagesKnown = 1;
            known = true;
        }
    }

    public long now() {
        return row.referenceInstant().getEpochSecond();
    }

    /** When the row's entity was created: within the last three years before the reference instant. */
    public long created() {
        derive();
        return created;
    }

    /**
     * Life-cycle stage 1 (ordered) to 4 (delivered): each a gap after the one before, never after
     * the reference instant, so ordered ≤ paid ≤ shipped ≤ delivered.
     */
    public long stage(int stage) {
        derive();
        while (stagesKnown <= stage) {
            int s = stagesKnown;
            Rng r = sub(10 + s);
            long gap = (long) (STAGE_GAPS[s - 1] * r.nextDouble() * r.nextDouble() * 2);
            stages[s] = Math.min(now(), stages[s - 1] + gap);
            stagesKnown++;
        }
        return stages[stage];
    }

    /** After creation and every life-cycle stage, not after the reference instant. */
    public long updated() {
        long after = stage(STAGE_GAPS.length);
        return after + sub(1).nextLong(now() - after + 1);
    }

    /** After the update. */
    public long deleted() {
        long after = updated();
        return after + sub(2).nextLong(now() - after + 1);
    }

    /** Some time between creation and the reference instant, leaning towards recent times. */
    public long lastSeen() {
        long c = created();
        double u = sub(3).nextDouble();
        return now() - (long) ((now() - c) * u * u);
    }

    /** The start of the row's period: after creation. */
    public long start() {
        long c = created();
        return c + sub(4).nextLong(now() - c + 1);
    }

    /** The end of the row's period: 1 to 365 days after its start (possibly after the reference instant). */
    public long end() {
        return start() + DAY + sub(5).nextLong(364 * DAY);
    }

    /** A due date: one week to two months after creation. */
    public long due() {
        return created() + 7 * DAY + sub(6).nextLong(53 * DAY);
    }

    /** An expiry: one month to three years after the reference instant. */
    public long expires() {
        return now() + 30 * DAY + sub(7).nextLong(3 * 365 * DAY);
    }

    private Rng sub(long what) {
        derive();
        return new Rng(Rng.key(seed, what));
    }
}
