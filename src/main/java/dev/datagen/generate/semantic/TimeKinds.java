package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.TimelineEntity;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.Dates;
import dev.datagen.generate.value.TimeGenerators;

/**
 * Dates and timestamps from the row's timeline and person: created before updated before deleted,
 * ordered before paid before shipped before delivered, end after start, birth dates of adults.
 */
final class TimeKinds {
    private static final long DAY = 86400;

    /** The instant (epoch seconds) of a kind for a row. */
    private interface Moment {
        long at(RowContext row, long key);
    }

    private TimeKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        Moment m = moment(kind);
        boolean dateOnly = t.family() == Family.DATE;
        boolean withZone = t.withZone();
        return (row, out) -> {
            long s = m.at(row, key);
            StringBuilder sb = row.scratch();
            if (dateOnly) {
                Dates.appendDate(sb, Math.floorDiv(s, DAY));
            } else {
                Dates.appendTimestamp(sb, s);
                if (withZone) {
                    sb.append("+00");
                }
            }
            out.text(sb);
        };
    }

    /** Durations on interval columns: "3 days 04:05:06". */
    static ColumnGenerator duration(long key) {
        return TimeGenerators.interval(key);
    }

    private static Moment moment(Kind kind) {
        return switch (kind) {
            case CREATED_AT -> (row, key) -> row.timeline().created();
            case UPDATED_AT -> (row, key) -> row.timeline().updated();
            case DELETED_AT -> (row, key) -> row.timeline().deleted();
            case ORDERED_AT -> (row, key) -> row.timeline().stage(1);
            case PAID_AT -> (row, key) -> row.timeline().stage(2);
            case SHIPPED_AT -> (row, key) -> row.timeline().stage(3);
            case DELIVERED_AT -> (row, key) -> row.timeline().stage(4);
            case LAST_SEEN_AT -> (row, key) -> row.timeline().lastSeen();
            case START_DATE -> (row, key) -> row.timeline().start();
            case END_DATE -> (row, key) -> row.timeline().end();
            case EXPIRES_AT -> (row, key) -> row.timeline().expires();
            case DUE_DATE -> (row, key) -> row.timeline().due();
            case EVENT_AT -> (row, key) -> {
                TimelineEntity tl = row.timeline();
                return tl.created() + row.rng(key).nextLong(tl.now() - tl.created() + 1);
            };
            case BIRTH_DATE -> (row, key) -> row.person().birthEpochDay() * DAY + row.rng(key).nextLong(DAY);
            case HIRE_DATE -> (row, key) -> {
                // an adult's job, within the last 25 years
                long now = row.timeline().now();
                long earliest = Math.max((row.person().birthEpochDay() + 18 * 366) * DAY, now - 25 * 365 * DAY);
                return earliest + row.rng(key).nextLong(Math.max(1, now - earliest));
            };
            case CARD_EXPIRY -> (row, key) -> {
                // cards expire at the end of a month
                long ym = Dates.civil(Math.floorDiv(row.timeline().expires(), DAY));
                long year = ym / 10000;
                long month = ym / 100 % 100;
                return (Dates.epochDay(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - 1) * DAY;
            };
            default -> throw new IllegalArgumentException(kind + " is not a time kind");
        };
    }
}
