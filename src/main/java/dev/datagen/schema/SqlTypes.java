package dev.datagen.schema;

import dev.datagen.schema.SqlType.Base;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the schema's type spellings. Unknown names are rejected with the closest known spelling. */
public final class SqlTypes {
    /** Spelling (lower case, single spaces) → base type; serial spellings are handled separately. */
    private static final Map<String, Base> NAMES = new LinkedHashMap<>();
    private static final Map<String, Base> SERIALS = new LinkedHashMap<>();
    private static final Pattern SHAPE =
            Pattern.compile("^(?<name>[a-z_][a-z0-9_ .\"]*?)\\s*(\\(\\s*(?<m1>\\d+)\\s*(,\\s*(?<m2>-?\\d+)\\s*)?\\))?\\s*(?<arr>(\\[\\s*\\d*\\s*\\]\\s*)*)$");

    static {
        put(Base.SMALLINT, "smallint", "int2");
        put(Base.INTEGER, "integer", "int", "int4");
        put(Base.BIGINT, "bigint", "int8");
        put(Base.NUMERIC, "numeric", "decimal");
        put(Base.REAL, "real", "float4");
        put(Base.DOUBLE, "double precision", "float8", "float");
        put(Base.VARCHAR, "varchar", "character varying");
        put(Base.CHAR, "char", "character", "bpchar");
        put(Base.TEXT, "text");
        put(Base.BOOLEAN, "boolean", "bool");
        put(Base.DATE, "date");
        put(Base.TIME, "time", "time without time zone");
        put(Base.TIMETZ, "timetz", "time with time zone");
        put(Base.TIMESTAMP, "timestamp", "timestamp without time zone");
        put(Base.TIMESTAMPTZ, "timestamptz", "timestamp with time zone");
        put(Base.INTERVAL, "interval");
        put(Base.UUID, "uuid");
        put(Base.JSON, "json");
        put(Base.JSONB, "jsonb");
        put(Base.BYTEA, "bytea");
        put(Base.INET, "inet");
        put(Base.CIDR, "cidr");
        put(Base.MACADDR, "macaddr");
        SERIALS.put("smallserial", Base.SMALLINT);
        SERIALS.put("serial2", Base.SMALLINT);
        SERIALS.put("serial", Base.INTEGER);
        SERIALS.put("serial4", Base.INTEGER);
        SERIALS.put("bigserial", Base.BIGINT);
        SERIALS.put("serial8", Base.BIGINT);
    }

    private SqlTypes() {
    }

    private static void put(Base base, String... spellings) {
        for (String s : spellings) {
            NAMES.put(s, base);
        }
    }

    /** Every built-in spelling, for documentation and suggestions. */
    public static List<String> knownNames() {
        List<String> all = new ArrayList<>(NAMES.keySet());
        all.addAll(SERIALS.keySet());
        return all;
    }

    /**
     * Parses {@code spelling}. {@code customTypes} are the schema's custom type names, matched
     * case-insensitively (an optional {@code public.} prefix is accepted).
     *
     * @throws IllegalArgumentException with a message such as
     *     {@code unknown type "varchr(10)"; did you mean "varchar(10)"?}
     */
    public static SqlType parse(String spelling, Collection<String> customTypes) {
        if (spelling == null || spelling.isBlank()) {
            throw new IllegalArgumentException("type is missing");
        }
        String text = spelling.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read type \"" + spelling + "\"");
        }
        String name = m.group("name").trim();
        Integer m1 = m.group("m1") == null ? null : Integer.valueOf(m.group("m1"));
        Integer m2 = m.group("m2") == null ? null : Integer.valueOf(m.group("m2"));
        int dims = (int) m.group("arr").chars().filter(c -> c == '[').count();

        Base base = NAMES.get(name);
        if (base != null) {
            return withModifiers(spelling, base, false, m1, m2, dims);
        }
        Base serialBase = SERIALS.get(name);
        if (serialBase != null) {
            if (m1 != null || dims > 0) {
                throw new IllegalArgumentException("type \"" + spelling + "\": " + name + " takes no modifiers and cannot be an array");
            }
            return new SqlType(serialBase, true, -1, -1, 0, 0, null);
        }
        String unqualified = name.startsWith("public.") ? name.substring("public.".length()) : name;
        for (String custom : customTypes) {
            if (custom.equalsIgnoreCase(unqualified) || custom.equalsIgnoreCase(name)) {
                if (m1 != null) {
                    throw new IllegalArgumentException("type \"" + spelling + "\": custom type " + custom + " takes no modifiers");
                }
                return new SqlType(Base.CUSTOM, false, -1, -1, 0, dims, custom);
            }
        }
        List<String> candidates = new ArrayList<>(knownNames());
        candidates.addAll(customTypes);
        String suffix = text.substring(m.group("name").length()).trim();
        String message = Suggestions.closest(name, candidates)
                .map(s -> "unknown type \"" + spelling + "\"; did you mean \"" + s + suffix + "\"?")
                .orElse("unknown type \"" + spelling + "\"");
        throw new IllegalArgumentException(message);
    }

    private static SqlType withModifiers(String spelling, Base base, boolean serial, Integer m1, Integer m2, int dims) {
        switch (base) {
            case VARCHAR, CHAR -> {
                if (m2 != null) {
                    throw new IllegalArgumentException("type \"" + spelling + "\": " + base.pgName + " takes one length");
                }
                if (m1 != null && (m1 < 1 || m1 > 10_485_760)) {
                    throw new IllegalArgumentException("type \"" + spelling + "\": length must be between 1 and 10485760");
                }
                int length = m1 != null ? m1 : base == Base.CHAR ? 1 : -1;
                return new SqlType(base, serial, length, -1, 0, dims, null);
            }
            case NUMERIC -> {
                if (m1 == null) {
                    return new SqlType(base, serial, -1, -1, 0, dims, null);
                }
                int scale = m2 == null ? 0 : m2;
                if (m1 < 1 || m1 > 1000) {
                    throw new IllegalArgumentException("type \"" + spelling + "\": numeric precision must be between 1 and 1000");
                }
                if (scale < 0 || scale > m1) {
                    throw new IllegalArgumentException("type \"" + spelling + "\": numeric scale must be between 0 and the precision " + m1);
                }
                return new SqlType(base, serial, -1, m1, scale, dims, null);
            }
            case DOUBLE -> {
                // float(p): p <= 24 is real, as in PostgreSQL
                Base b = m1 != null && m1 <= 24 ? Base.REAL : Base.DOUBLE;
                return new SqlType(b, serial, -1, -1, 0, dims, null);
            }
            default -> {
                if (m1 != null && base != Base.TIME && base != Base.TIMETZ && base != Base.TIMESTAMP
                        && base != Base.TIMESTAMPTZ && base != Base.INTERVAL) {
                    throw new IllegalArgumentException("type \"" + spelling + "\": " + base.pgName + " takes no modifiers");
                }
                // time/timestamp precision is accepted and generation stays within microseconds
                return new SqlType(base, serial, -1, m1 == null ? -1 : m1, 0, dims, null);
            }
        }
    }
}
