package dev.datagen.schema;

import java.util.Locale;

/**
 * A column type, parsed from the schema's spelling ({@code varchar(255)}, {@code timestamptz},
 * {@code numeric(10,2)}, {@code text[]}, {@code order_status}) into what generation and DDL need.
 *
 * @param base the built-in type, or {@link Base#CUSTOM} for the schema's enums, domains and composites
 * @param serial smallserial/serial/bigserial: an integer column fed by an owned sequence
 * @param length varchar(n)/char(n) length, or -1 when unlimited
 * @param precision numeric precision, or -1 when unconstrained
 * @param scale numeric scale (0 when not given)
 * @param arrayDims number of {@code []} suffixes
 * @param customName the custom type's name as written in the schema (null for built-ins)
 */
public record SqlType(Base base, boolean serial, int length, int precision, int scale, int arrayDims,
        String customName) {

    /** Built-in base types with pg_dump's spelling of each. */
    public enum Base {
        SMALLINT("smallint"), INTEGER("integer"), BIGINT("bigint"), NUMERIC("numeric"), REAL("real"),
        DOUBLE("double precision"), VARCHAR("character varying"), CHAR("character"), TEXT("text"),
        BOOLEAN("boolean"), DATE("date"), TIME("time without time zone"), TIMETZ("time with time zone"),
        TIMESTAMP("timestamp without time zone"), TIMESTAMPTZ("timestamp with time zone"),
        INTERVAL("interval"), UUID("uuid"), JSON("json"), JSONB("jsonb"), BYTEA("bytea"), INET("inet"),
        CIDR("cidr"), MACADDR("macaddr"), CUSTOM(null);

        public final String pgName;

        Base(String pgName) {
            this.pgName = pgName;
        }
    }

    public static SqlType of(Base base) {
        return new SqlType(base, false, -1, -1, 0, 0, null);
    }

    public boolean isArray() {
        return arrayDims > 0;
    }

    /** The element type of an array type (itself for scalars). */
    public SqlType element() {
        return new SqlType(base, serial, length, precision, scale, 0, customName);
    }

    public boolean isInteger() {
        return !isArray() && (base == Base.SMALLINT || base == Base.INTEGER || base == Base.BIGINT);
    }

    public boolean isCustom() {
        return base == Base.CUSTOM;
    }

    /**
     * The type as pg_dump prints it in CREATE TABLE, with custom types qualified by
     * {@code schemaQualifiedCustomName} (e.g. {@code public.order_status}). Serial types print as
     * their integer type; the sequence default is a separate object.
     */
    public String ddl(String schemaQualifiedCustomName) {
        StringBuilder sb = new StringBuilder();
        switch (base) {
            case CUSTOM -> sb.append(schemaQualifiedCustomName);
            case VARCHAR, CHAR -> {
                sb.append(base.pgName);
                if (length >= 0) {
                    sb.append('(').append(length).append(')');
                }
            }
            case NUMERIC -> {
                sb.append("numeric");
                if (precision >= 0) {
                    sb.append('(').append(precision).append(',').append(scale).append(')');
                }
            }
            default -> sb.append(base.pgName);
        }
        sb.append("[]".repeat(arrayDims));
        return sb.toString();
    }

    @Override
    public String toString() {
        return ddl(customName == null ? null : customName.toLowerCase(Locale.ROOT));
    }
}
