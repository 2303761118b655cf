package dev.datagen.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** How two definitions of one table become one: unified (mixing templates) or overridden (a schema extending a template). */
final class TableMerge {
    private TableMerge() {
    }

    /**
     * Two templates' tables of the same name, taken as one entity: columns of both (a column both have keeps
     * {@code first}'s definition), constraints and indexes of both, the larger row count. A column whose types
     * differ, or different primary keys, cannot be unified and go to {@code clash}.
     */
    static Table unify(String table, Table first, String firstSource, Table second, String secondSource,
            Collection<String> customTypes, Consumer<String> clash) {
        Map<String, Column> columns = byName(first.columns());
        for (Column c : second.columns()) {
            Column existing = columns.get(c.name());
            if (existing == null) {
                columns.put(c.name(), c);
            } else if (!typeKey(existing.type(), customTypes).equals(typeKey(c.type(), customTypes))) {
                clash.accept("table " + table + ": column " + c.name() + " is " + existing.type() + " in " + firstSource
                        + " but " + c.type() + " in " + secondSource);
            }
        }
        List<String> primaryKey = first.primaryKey();
        if (primaryKey.isEmpty()) {
            primaryKey = second.primaryKey();
        } else if (!second.primaryKey().isEmpty() && !lower(primaryKey).equals(lower(second.primaryKey()))) {
            clash.accept("table " + table + ": primary key (" + String.join(", ", primaryKey) + ") in " + firstSource
                    + " but (" + String.join(", ", second.primaryKey()) + ") in " + secondSource);
        }
        Long rowCount = first.rowCount() == null ? second.rowCount()
                : second.rowCount() == null ? first.rowCount() : Math.max(first.rowCount(), second.rowCount());
        return combined(first, second, List.copyOf(columns.values()), primaryKey, rowCount,
                first.comment() != null ? first.comment() : second.comment());
    }

    /**
     * {@code top} (the extending schema's table) over {@code base} (the template's): a column of the same name
     * replaces the template's in its place, new columns follow; a primary key, row count or comment given
     * replaces the template's; foreign keys, constraints, indexes and rules are added.
     */
    static Table override(Table base, Table top) {
        Map<String, Column> columns = byName(base.columns());
        top.columns().forEach(c -> columns.put(c.name(), c));
        return combined(base, top, List.copyOf(columns.values()),
                top.primaryKey().isEmpty() ? base.primaryKey() : top.primaryKey(),
                top.rowCount() != null ? top.rowCount() : base.rowCount(),
                top.comment() != null ? top.comment() : base.comment());
    }

    private static Table combined(Table a, Table b, List<Column> columns, List<String> primaryKey, Long rowCount, String comment) {
        return new Table(columns, primaryKey, union(a.foreignKeys(), b.foreignKeys()),
                union(a.uniqueConstraints(), b.uniqueConstraints()), union(a.checkConstraints(), b.checkConstraints()),
                union(a.indexes(), b.indexes()), rowCount, comment, union(a.rules(), b.rules()));
    }

    /** Columns by name in order; {@code put} of an existing name keeps its place. */
    private static Map<String, Column> byName(List<Column> columns) {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    /** {@code a}, then what of {@code b} is not already in it. */
    private static <T> List<T> union(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    /** The type as PostgreSQL understands it, so {@code int4} and {@code integer} agree. */
    private static String typeKey(String type, Collection<String> customTypes) {
        try {
            return SqlTypes.parse(type, customTypes).toString();
        } catch (IllegalArgumentException e) {
            return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
