package dev.datagen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds schemas from templates: {@link #mix} unifies templates into one schema, {@link #resolve} puts a
 * schema's own definitions over the templates it {@code "extends"} and leaves out the tables it
 * {@code "drop"}s. The result is an ordinary schema (no extends, no drop) for the validator and planner.
 */
public final class TemplateResolver {
    private final TemplateCatalog catalog;

    public TemplateResolver(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    /** The named templates as one schema, e.g. for {@code --template saas --template finance}. */
    public Schema mix(List<String> names) throws SchemaException {
        List<Problem> problems = new ArrayList<>();
        Schema mixed = mix(names, SchemaPath.root(), problems);
        if (!problems.isEmpty()) {
            throw new SchemaException("template " + String.join(" + ", names), problems);
        }
        return mixed;
    }

    /** {@code schema} over its {@code "extends"} templates, without its {@code "drop"} tables; unchanged when it has neither. */
    public Schema resolve(Schema schema, String sourceName) throws SchemaException {
        if (schema.extendsTemplates().isEmpty() && schema.drop().isEmpty()) {
            return schema;
        }
        List<Problem> problems = new ArrayList<>();
        if (schema.extendsTemplates().isEmpty()) {
            problems.add(SchemaPath.root().field("drop").problem(
                    "drop leaves out tables of the templates a schema extends, but this schema has no \"extends\""));
        }
        Schema base = mix(schema.extendsTemplates(), SchemaPath.root().field("extends"), problems);
        // without the templates the drop names cannot be checked: one clear message, not one per name
        Schema merged = problems.isEmpty() ? drop(over(base, schema), schema.drop(), problems) : null;
        if (!problems.isEmpty()) {
            throw new SchemaException(sourceName, problems);
        }
        return merged;
    }

    /** Reads the templates and unifies them in order; problems are reported at {@code path} (and {@code path[i]} for a name). */
    private Schema mix(List<String> names, SchemaPath path, List<Problem> problems) throws SchemaException {
        List<String> seen = new ArrayList<>();
        Schema mixed = null;
        String mixedName = null;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!catalog.has(name)) {
                problems.add(path.index(i).problem(catalog.unknownMessage(name)));
                continue;
            }
            if (seen.contains(name)) {
                problems.add(path.index(i).problem("template " + name + " is named twice"));
                continue;
            }
            seen.add(name);
            Schema template = catalog.schema(name);
            mixed = mixed == null ? template : unify(mixed, mixedName, template, name, path, problems);
            mixedName = mixedName == null ? name : mixedName + " + " + name;
        }
        return mixed == null ? emptySchema() : mixed;
    }

    private static Schema unify(Schema a, String aName, Schema b, String bName, SchemaPath path, List<Problem> problems) {
        Set<String> customTypes = new LinkedHashSet<>(a.customTypes().keySet());
        customTypes.addAll(b.customTypes().keySet());
        Map<String, Table> tables = merged(a.tables(), b.tables(), (name, x, y) -> TableMerge.unify(name, x, aName, y, bName,
                customTypes, message -> problems.add(path.problem(message))));
        Map<String, CustomType> types = merged(a.customTypes(), b.customTypes(), (name, x, y) -> {
            problems.add(path.problem("custom type " + name + ": " + describe(x) + " in " + aName + " but " + describe(y) + " in " + bName));
            return x;
        });
        Map<String, Sequence> sequences = merged(a.sequences(), b.sequences(), (name, x, y) -> {
            problems.add(path.problem("sequence " + name + " is defined differently in " + aName + " and " + bName));
            return x;
        });
        return new Schema(first(a.version(), b.version()), database(a.database(), b.database()), first(a.seed(), b.seed()),
                null, tables, sequences, types, extensions(a, b), List.of(), List.of());
    }

    /** {@code top}'s definitions over {@code base}'s: tables, columns, types and settings of the same name replace the template's. */
    private static Schema over(Schema base, Schema top) {
        Map<String, Table> tables = merged(base.tables(), top.tables(), (name, x, y) -> TableMerge.override(x, y));
        return new Schema(first(top.version(), base.version()), database(top.database(), base.database()), first(top.seed(), base.seed()),
                first(top.description(), base.description()), tables, merged(base.sequences(), top.sequences(), (name, x, y) -> y), merged(base.customTypes(), top.customTypes(), (name, x, y) -> y),
                extensions(base, top), List.of(), List.of());
    }

    /** Leaves out the {@code drop} tables; a table still referenced by one that stays is a problem naming the referrers. */
    private static Schema drop(Schema schema, List<String> drop, List<Problem> problems) {
        Map<String, Table> kept = new LinkedHashMap<>(schema.tables());
        for (int i = 0; i < drop.size(); i++) {
            if (kept.remove(drop.get(i)) == null && !drop.subList(0, i).contains(drop.get(i))) {
                problems.add(SchemaPath.root().field("drop", i).problem(Suggestions.withSuggestion(
                        "no table \"" + drop.get(i) + "\" to drop", drop.get(i), schema.tables().keySet())));
            }
        }
        for (int i = 0; i < drop.size(); i++) {
            String dropped = drop.get(i);
            List<String> referrers = kept.entrySet().stream()
                    .filter(e -> e.getValue().foreignKeys().stream().anyMatch(fk -> dropped.equals(fk.referencedTable())))
                    .map(Map.Entry::getKey).toList();
            if (!referrers.isEmpty() && schema.tables().containsKey(dropped)) {
                problems.add(SchemaPath.root().field("drop", i).problem("cannot drop " + dropped + ": " + String.join(", ", referrers)
                        + (referrers.size() == 1 ? " references it" : " reference it") + "; drop "
                        + (referrers.size() == 1 ? "that table" : "those tables") + " too, or keep " + dropped));
            }
        }
        return schema.withTables(kept);
    }

    /** {@code a}'s entries, then {@code b}'s; for a name in both, {@code both} decides. */
    private static <T> Map<String, T> merged(Map<String, T> a, Map<String, T> b, Both<T> both) {
        Map<String, T> all = new LinkedHashMap<>(a);
        b.forEach((name, value) -> {
            T existing = all.get(name);
            all.put(name, existing == null || existing.equals(value) ? value : both.apply(name, existing, value));
        });
        return all;
    }

    /** What becomes of two different definitions of {@code name}. */
    private interface Both<T> {
        T apply(String name, T first, T second);
    }

    private static String describe(CustomType type) {
        return type.kind() + " " + type.definition();
    }

    private static List<String> extensions(Schema a, Schema b) {
        Set<String> all = new LinkedHashSet<>(a.extensions());
        all.addAll(b.extensions());
        return List.copyOf(all);
    }

    private static DatabaseConfig database(DatabaseConfig preferred, DatabaseConfig other) {
        return new DatabaseConfig(first(preferred.name(), other.name()), first(preferred.encoding(), other.encoding()),
                first(preferred.locale(), other.locale()));
    }

    private static String first(String preferred, String other) {
        return preferred != null ? preferred : other;
    }

    private static Schema emptySchema() {
        return new Schema(null, null, null, null, Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of());
    }
}
