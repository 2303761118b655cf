package dev.datagen.dump;

import dev.datagen.schema.Identifiers;
import dev.datagen.schema.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which TOC entries go into the dump, decided as pg_dump's switches decide it: {@code -s/-a/--section}
 * pick sections (comments follow the section of their object; ENCODING/STDSTRINGS/SEARCHPATH are always
 * written), {@code -t/-T} pick tables and sequences, {@code -n/-N} schemas, {@code --no-comments} drops
 * comments. As with pg_dump, {@code -t} dumps only the matching relations (not their schema, types or
 * extensions) and {@code -n} only what is in the matching schemas. Unlike pg_dump, a foreign key whose
 * referenced table is left out is dropped (with a warning), so the partial dump restores.
 */
public final class Selection {
    private static final Set<Section> ALL_SECTIONS = EnumSet.of(Section.PRE_DATA, Section.DATA, Section.POST_DATA);

    private final Set<Section> sections;
    private final List<NamePattern> tables;
    private final List<NamePattern> excludedTables;
    private final List<NamePattern> schemas;
    private final List<NamePattern> excludedSchemas;
    private final boolean comments;

    private Selection(Builder b) {
        this.sections = b.sections;
        this.tables = b.tables;
        this.excludedTables = b.excludedTables;
        this.schemas = b.schemas;
        this.excludedSchemas = b.excludedSchemas;
        this.comments = b.comments;
    }

    /** Everything, as pg_dump without switches. */
    public static Selection everything() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The kept entries in their order, and a warning for each thing the user should know was left out. */
    record Result(List<TocEntry> entries, List<String> warnings) {
    }

    /** @param defaultSchema the schema an unqualified -t/-T pattern means (public, unless the load goes into another) */
    Result apply(String database, List<TocEntry> entries, Map<Integer, EntryOrigin> origins, Collection<RelationName> relations,
            Collection<String> schemaNames, String defaultSchema) {
        List<String> warnings = new ArrayList<>();
        Set<String> selectedSchemas = new HashSet<>();
        schemaNames.stream().filter(this::schemaSelected).forEach(selectedSchemas::add);
        Set<RelationName> selected = new HashSet<>();
        relations.stream().filter(r -> relationSelected(r, selectedSchemas, defaultSchema)).forEach(selected::add);
        checkPatterns(database, relations, schemaNames, defaultSchema, warnings);

        List<TocEntry> kept = new ArrayList<>();
        Section current = Section.PRE_DATA;
        for (TocEntry e : entries) {
            if (e.section() != Section.NONE) {
                current = e.section(); // comments follow the section of the entry before them
            }
            EntryOrigin origin = origins.get(e.dumpId());
            if (origin.kind() == EntryOrigin.Kind.SPECIAL) {
                kept.add(e);
                continue;
            }
            if (!sections.contains(current) || (!comments && e.desc().equals("COMMENT"))) {
                continue;
            }
            boolean keep = switch (origin.kind()) {
                case SCHEMA, TYPE -> tables.isEmpty() && selectedSchemas.contains(origin.schema());
                case EXTENSION -> tables.isEmpty() && schemas.isEmpty();
                case TABLE -> selected.contains(origin.relation());
                case SEQUENCE -> selected.contains(origin.relation()) || selected.contains(origin.owningTable());
                case SEQUENCE_OWNED_BY -> selected.contains(origin.owningTable());
                case FOREIGN_KEY -> selected.contains(origin.relation());
                case SPECIAL -> true;
            };
            if (keep && origin.kind() == EntryOrigin.Kind.FOREIGN_KEY && !selected.contains(origin.referencedTable())) {
                warnings.add("dropped foreign key " + Identifiers.quote(origin.name()) + " of "
                        + origin.relation().qualified() + ": it references " + origin.referencedTable().qualified()
                        + ", which is not selected");
                keep = false;
            }
            if (keep) {
                kept.add(e);
            }
        }
        return new Result(kept, warnings);
    }

    private boolean schemaSelected(String schema) {
        return (schemas.isEmpty() || matchesAny(schemas, p -> p.matchesSchema(schema)))
                && !matchesAny(excludedSchemas, p -> p.matchesSchema(schema));
    }

    private boolean relationSelected(RelationName r, Set<String> selectedSchemas, String defaultSchema) {
        boolean included = tables.isEmpty() ? selectedSchemas.contains(r.schema())
                : matchesAny(tables, p -> p.matchesRelation(defaultSchema, r.schema(), r.name()));
        return included && !matchesAny(excludedTables, p -> p.matchesRelation(defaultSchema, r.schema(), r.name()));
    }

    /** Like pg_dump --strict-names for -t/-n; -T/-N patterns that match nothing only draw a warning. */
    private void checkPatterns(String database, Collection<RelationName> relations, Collection<String> schemaNames, String defaultSchema,
            List<String> warnings) {
        List<String> relationCandidates = relations.stream().map(RelationName::asPattern).toList();
        List<String> schemaCandidates = schemaNames.stream().map(Identifiers::quote).toList();
        for (NamePattern p : tables) {
            p.requireDatabase(database);
            if (relations.stream().noneMatch(r -> p.matchesRelation(defaultSchema, r.schema(), r.name()))) {
                String message = "no matching tables were found for pattern \"" + p + "\"";
                // an unqualified name of a table in another schema: suggest the qualified one
                throw new SelectionException(relations.stream().filter(r -> p.matchesRelation(r.schema(), r.schema(), r.name())).findFirst()
                        .map(r -> message + "; did you mean \"" + r.asPattern() + "\"?")
                        .orElseGet(() -> Suggestions.withSuggestion(message, p.text(), relationCandidates)));
            }
        }
        for (NamePattern p : schemas) {
            p.requireDatabase(database);
            if (schemaNames.stream().noneMatch(p::matchesSchema)) {
                throw new SelectionException(Suggestions.withSuggestion("no matching schemas were found for pattern \"" + p + "\"",
                        p.text(), schemaCandidates));
            }
        }
        for (NamePattern p : excludedTables) {
            p.requireDatabase(database);
            if (relations.stream().noneMatch(r -> p.matchesRelation(defaultSchema, r.schema(), r.name()))) {
                warnings.add(Suggestions.withSuggestion("no tables match --exclude-table pattern \"" + p + "\"", p.text(), relationCandidates));
            }
        }
        for (NamePattern p : excludedSchemas) {
            p.requireDatabase(database);
            if (schemaNames.stream().noneMatch(p::matchesSchema)) {
                warnings.add(Suggestions.withSuggestion("no schemas match --exclude-schema pattern \"" + p + "\"", p.text(), schemaCandidates));
            }
        }
    }

    private static boolean matchesAny(List<NamePattern> patterns, Predicate<NamePattern> test) {
        return patterns.stream().anyMatch(test);
    }

    /** Collects pg_dump's selection switches; {@link #build()} rejects the combinations pg_dump rejects. */
    public static final class Builder {
        private boolean schemaOnly;
        private boolean dataOnly;
        private Set<Section> sections = EnumSet.copyOf(ALL_SECTIONS);
        private boolean sectionsGiven;
        private final List<NamePattern> tables = new ArrayList<>();
        private final List<NamePattern> excludedTables = new ArrayList<>();
        private final List<NamePattern> schemas = new ArrayList<>();
        private final List<NamePattern> excludedSchemas = new ArrayList<>();
        private boolean comments = true;

        private Builder() {
        }

        /** {@code -s}: no data (TABLE DATA, SEQUENCE SET). */
        public Builder schemaOnly(boolean on) {
            schemaOnly = on;
            return this;
        }

        /** {@code -a}: only data. */
        public Builder dataOnly(boolean on) {
            dataOnly = on;
            return this;
        }

        /** {@code --section}, repeatable: {@code pre-data}, {@code data}, {@code post-data}. */
        public Builder section(String name) {
            Section s = switch (name) {
                case "pre-data" -> Section.PRE_DATA;
                case "data" -> Section.DATA;
                case "post-data" -> Section.POST_DATA;
                default -> throw new IllegalArgumentException("unrecognized section name: \"" + name + "\"");
            };
            if (!sectionsGiven) {
                sections = EnumSet.noneOf(Section.class);
                sectionsGiven = true;
            }
            sections.add(s);
            return this;
        }

        public Builder table(String pattern) {
            tables.add(NamePattern.relation(pattern));
            return this;
        }

        public Builder excludeTable(String pattern) {
            excludedTables.add(NamePattern.relation(pattern));
            return this;
        }

        public Builder schema(String pattern) {
            schemas.add(NamePattern.schema(pattern));
            return this;
        }

        public Builder excludeSchema(String pattern) {
            excludedSchemas.add(NamePattern.schema(pattern));
            return this;
        }

        /** {@code --no-comments}. */
        public Builder comments(boolean on) {
            comments = on;
            return this;
        }

        public Selection build() {
            if (schemaOnly && dataOnly) {
                throw new IllegalArgumentException("options -s/--schema-only and -a/--data-only cannot be used together");
            }
            if (schemaOnly) {
                sections.remove(Section.DATA);
            }
            if (dataOnly) {
                sections.retainAll(Set.of(Section.DATA));
            }
            return new Selection(this);
        }
    }
}
