package dev.datagen.generate.registry;

import dev.datagen.schema.SqlType;
import dev.datagen.schema.SqlType.Base;
import java.time.Instant;

/**
 * Everything a generator factory may use to build a column's generator.
 *
 * @param column the column's name
 * @param type its type
 * @param config its generator settings
 * @param key the column's random key: values are f(key, row)
 * @param rowCount the table's row count
 * @param limits what the type and CHECK constraints allow
 * @param reference the instant "now" means (never the wall clock)
 */
public record GeneratorRequest(String column, SqlType type, GeneratorConfig config, long key, long rowCount,
        ColumnLimits limits, Instant reference) {

    public boolean isNumber() {
        return limits.numbers() != null;
    }

    public boolean isTime() {
        return !type.isArray() && (type.base() == Base.DATE || type.base() == Base.TIMESTAMP || type.base() == Base.TIMESTAMPTZ);
    }

    public boolean isDate() {
        return !type.isArray() && type.base() == Base.DATE;
    }

    public boolean withZone() {
        return type.base() == Base.TIMESTAMPTZ;
    }

    public boolean isText() {
        return !type.isArray() && (type.base() == Base.TEXT || type.base() == Base.VARCHAR || type.base() == Base.CHAR);
    }

    /** An error saying this generator does not fit the column's type. */
    public IllegalArgumentException wrongType(String generator, String needs) {
        return new IllegalArgumentException("generator " + generator + " needs " + needs + ", not " + type);
    }
}
