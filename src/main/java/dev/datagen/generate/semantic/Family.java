package dev.datagen.generate.semantic;

import dev.datagen.schema.SqlType;
import java.util.EnumSet;
import java.util.Set;

/** The column types a semantic kind can fill, grouped by what a value of them looks like. */
public enum Family {
    TEXT("text, varchar(n), char(n)"),
    INTEGER("smallint, integer, bigint"),
    DECIMAL("numeric(p,s)"),
    FLOAT("real, double precision"),
    DATE("date"),
    TIMESTAMP("timestamp, timestamptz"),
    INET("inet"),
    MACADDR("macaddr"),
    UUID("uuid"),
    INTERVAL("interval");

    static final Set<Family> TEXT_ONLY = EnumSet.of(TEXT);
    static final Set<Family> NUMBERS = EnumSet.of(INTEGER, DECIMAL, FLOAT);
    static final Set<Family> TIMES = EnumSet.of(DATE, TIMESTAMP);

    /** The types of the family, as a schema spells them. */
    public final String types;

    Family(String types) {
        this.types = types;
    }

    /** The family of a column type, or null when no semantic kind fills it (booleans, json, arrays, custom types). */
    public static Family of(SqlType type) {
        if (type.isArray()) {
            return null;
        }
        return switch (type.base()) {
            case TEXT, VARCHAR, CHAR -> TEXT;
            case SMALLINT, INTEGER, BIGINT -> INTEGER;
            case NUMERIC -> DECIMAL;
            case REAL, DOUBLE -> FLOAT;
            case DATE -> DATE;
            case TIMESTAMP, TIMESTAMPTZ -> TIMESTAMP;
            case INET -> INET;
            case MACADDR -> MACADDR;
            case UUID -> UUID;
            case INTERVAL -> INTERVAL;
            default -> null;
        };
    }

    public boolean isNumber() {
        return NUMBERS.contains(this);
    }
}
