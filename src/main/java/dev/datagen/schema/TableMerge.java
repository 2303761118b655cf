package dev.datagen.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
     * replaces the template's in its place, new columns follow; a primary key, row count, fixed_rows or comment
     * given replaces the template's. A foreign key or unique constraint on the same columns, a CHECK of the same
     * name, and an index of the same name or on the same columns replace the template's in its place; others,
     * and rules, are added.
     */
    static Table override(Table base, Table top) {
        Map<String, Column> columns = byName(base.columns());
        top.columns().forEach(c -> columns.put(c.name(), c));
        return new Table(List.copyOf(columns.values()), top.primaryKey().isEmpty() ? base.primaryKey() : top.primaryKey(),
                overridden(base.foreignKeys(), top.foreignKeys(), (a, b) -> sameColumns(a.columns(), b.columns())),
                overridden(base.uniqueConstraints(), top.uniqueConstraints(), (a, b) -> sameColumns(a.columns(), b.columns())),
                overridden(base.checkConstraints(), top.checkConstraints(), (a, b) -> sameName(a.name(), b.name())),
                overridden(base.indexes(), top.indexes(), (a, b) -> sameName(a.name(), b.name()) || sameColumns(a.columns(), b.columns())),
                top.rowCount() != null ? top.rowCount() : base.rowCount(),
                top.comment() != null ? top.comment() : base.comment(), union(base.rules(), top.rules()),
                top.fixedRows() != null ? top.fixedRows() : base.fixedRows());
    }

    private static Table combined(Table a, Table b, List<Column> columns, List<String> primaryKey, Long rowCount, String comment) {
        return new Table(columns, primaryKey, union(a.foreignKeys(), b.foreignKeys()),
                union(a.uniqueConstraints(), b.uniqueConstraints()), union(a.checkConstraints(), b.checkConstraints()),
                union(a.indexes(), b.indexes()), rowCount, comment, union(a.rules(), b.rules()), a.hasFixedRows() || b.hasFixedRows() ? true : null);
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

    /**
     * {@code base} with each of {@code top} in the place of the first equal or {@code same} one (the others
     * removed), else added at the end.
     */
    private static <T> List<T> overridden(List<T> base, List<T> top, BiPredicate<T, T> same) {
        List<T> all = new ArrayList<>(base);
        BiPredicate<T, T> matches = same.or(Object::equals);
        for (T t : top) {
            int at = IntStream.range(0, all.size()).filter(i -> matches.test(all.get(i), t)).findFirst().orElse(all.size());
            all.removeIf(x -> matches.test(x, t));
            all.add(at, t);
        }
        return all;
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        return lower(a).equals(lower(b));
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
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
