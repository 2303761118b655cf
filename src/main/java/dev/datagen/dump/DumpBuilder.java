package dev.datagen.dump;

import static dev.datagen.schema.Identifiers.literal;
import static dev.datagen.schema.Identifiers.qualified;
import static dev.datagen.schema.Identifiers.quote;

import dev.datagen.Version;
import dev.datagen.generate.ProgressListener;
import dev.datagen.generate.TableRowWriter;
import dev.datagen.plan.CheckPlan;
import dev.datagen.plan.ColumnPlan;
import dev.datagen.plan.ForeignKeyPlan;
import dev.datagen.plan.KeyPlan;
import dev.datagen.plan.SchemaPlan;
import dev.datagen.plan.TablePlan;
import dev.datagen.schema.CustomType;
import dev.datagen.schema.Sequence;
import dev.datagen.schema.SqlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * Builds the table of contents pg_dump would write for the planned database: the same entries,
 * sections, order and SQL text (see pg-archive-format.md §3.4-3.5), with TABLE DATA payloads that
 * generate rows when an archive writer asks for them. Every table is planned and built; a
 * {@link Selection} then keeps what pg_dump's switches would dump, so a foreign key into a table left
 * out still points at the rows that table gets with the same seed.
 */
public final class DumpBuilder {
    /** The server version our DDL targets; shown by pg_restore -l as "Dumped from database version". */
    public static final String SERVER_VERSION = "15.0";
    private static final String OWNER = "";

    private final SchemaPlan plan;
    private final ExecutorService pool;
    private final int jobs;
    private final List<TocEntry> entries = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, EntryOrigin> origins = new HashMap<>();
    private int nextId = 1;
    private boolean built;
    private ProgressListener progress = ProgressListener.NONE;
    private InsertStyle insertStyle;

    public DumpBuilder(SchemaPlan plan, ExecutorService pool, int jobs) {
        this.plan = plan;
        this.pool = pool;
        this.jobs = jobs;
    }

    /** Table data written from now on (also of content built before) reports its rows to {@code listener}. */
    public DumpBuilder reportingTo(ProgressListener listener) {
        this.progress = listener;
        return this;
    }

    /** TABLE DATA as INSERT statements (pg_dump --inserts, --column-inserts, --rows-per-insert); null for COPY. */
    public DumpBuilder insertStyle(InsertStyle style) {
        this.insertStyle = style;
        return this;
    }

    /** The whole database, as pg_dump without selection switches. */
    public DumpContent build() {
        return build(Selection.everything()).content();
    }

    /**
     * The entries {@code selection} keeps. Throws {@link SelectionException} when a -t/-n pattern
     * matches nothing; generates no data (payloads run when a writer asks for them). A builder builds
     * once: its entries and dump IDs accumulate, so a second call would list every object twice.
     */
    public SelectedDump build(Selection selection) {
        if (built) {
            throw new IllegalStateException("this DumpBuilder has already built its dump; make a new one for another");
        }
        built = true;
        special("ENCODING", "SET client_encoding = 'UTF8';\n");
        special("STDSTRINGS", "SET standard_conforming_strings = 'on';\n");
        special("SEARCHPATH", "SELECT pg_catalog.set_config('search_path', '', false);\n");
        database();
        schemas();
        extensions();
        customTypes();
        relations();
        defaults();
        tableData();
        sequenceSets();
        postData();
        String db = plan.databaseName();
        Selection.Result selected = selection.apply(db, entries, origins, relationNames(), plan.schemaNames(), plan.defaultSchema());
        java.util.Set<Integer> kept = selected.entries().stream().map(TocEntry::dumpId).collect(Collectors.toSet());
        List<TablePlan> dataTables = plan.tables().stream().filter(t -> kept.contains(id("data:" + t.keys.name()))).toList();
        DumpHeader header = new DumpHeader(db, plan.settings().referenceInstant(), SERVER_VERSION, "datagen " + Version.get());
        return new SelectedDump(new DumpContent(header, selected.entries()), dataTables, selected.warnings());
    }

    /** Every table and sequence, the things -t/-T patterns match. */
    private List<RelationName> relationNames() {
        List<RelationName> names = new ArrayList<>();
        for (TablePlan t : plan.tables()) {
            names.add(relation(t));
            t.columns.stream().filter(c -> c.sequenceName() != null).forEach(c -> names.add(new RelationName(t.schemaName, c.sequenceName())));
        }
        plan.schema().sequences().keySet().forEach(s -> names.add(new RelationName(plan.defaultSchema(), s)));
        return names;
    }

    private static RelationName relation(TablePlan t) {
        return new RelationName(t.schemaName, t.name);
    }

    // --- pre-data ---

    /**
     * What {@code pg_restore -C} runs to create the database; pg_dump writes it into every archive,
     * and pg_restore ignores it otherwise. No locale (the target server's default) and no
     * LOCALE_PROVIDER, which servers before 15 reject.
     */
    private void database() {
        String db = quote(plan.databaseName());
        add(EntryOrigin.special(), "database", "1262", plan.databaseName(), "DATABASE", Section.PRE_DATA,
                "CREATE DATABASE " + db + " WITH TEMPLATE = template0 ENCODING = 'UTF8';\n", "DROP DATABASE " + db + ";\n",
                null, null, null, List.of());
    }

    /**
     * Schemas and extensions by name, as pg_dump sorts them (public exists in every database). A default
     * schema other than public (a load into a schema of its own) may exist already and may hold other
     * things: it is created if missing and never dropped.
     */
    private void schemas() {
        for (String schema : plan.schemaNames().stream().sorted().toList()) {
            if (schema.equals(plan.defaultSchema()) && !schema.equals("public")) {
                add(EntryOrigin.schema(schema), "schema:" + schema, "2615", schema, "SCHEMA", Section.PRE_DATA,
                        "CREATE SCHEMA IF NOT EXISTS " + quote(schema) + ";\n", null, null, null, null, List.of());
            } else if (!schema.equals("public")) {
                add(EntryOrigin.schema(schema), "schema:" + schema, "2615", schema, "SCHEMA", Section.PRE_DATA,
                        "CREATE SCHEMA " + quote(schema) + ";\n", "DROP SCHEMA " + quote(schema) + ";\n", null, null, null, List.of());
            }
        }
    }

    /**
     * With the comment CREATE EXTENSION gives it, which pg_dump dumps; extensions have no owner entry.
     * They stay in public; a load into a schema of its own shares them with the database, so it never drops them.
     */
    private void extensions() {
        boolean ownsExtensions = plan.defaultSchema().equals("public");
        for (String ext : plan.schema().extensions().stream().sorted().toList()) {
            add(EntryOrigin.extension(), "extension:" + ext, "3079", ext, "EXTENSION", Section.PRE_DATA,
                    "CREATE EXTENSION IF NOT EXISTS " + quote(ext) + " WITH SCHEMA public;\n",
                    ownsExtensions ? "DROP EXTENSION " + quote(ext) + ";\n" : null,
                    null, null, null, List.of(), null);
            int extensionId = id("extension:" + ext);
            ExtensionComments.of(ext).ifPresent(text -> add(EntryOrigin.extension(), "comment:EXTENSION " + ext, "0",
                    "EXTENSION " + quote(ext), "COMMENT", Section.NONE, "COMMENT ON EXTENSION " + quote(ext) + " IS " + literal(text) + ";\n",
                    null, null, null, null, List.of(extensionId), ""));
        }
    }

    /**
     * Enums, domains and composite types sorted by name like pg_dump, then moved just as far as needed
     * for a type to come after the types it uses (pg_dump's dependency sort).
     */
    private void customTypes() {
        Map<String, CustomType> types = plan.schema().customTypes();
        String home = plan.defaultSchema();
        List<String> byName = types.keySet().stream().sorted().toList();
        for (String typeName : DependencyOrder.sort(byName, n -> usedTypes(types.get(n)))) {
            CustomType t = types.get(typeName);
            String name = qualified(home, typeName);
            List<Integer> deps = new ArrayList<>();
            schemaDependency(home, deps);
            usedTypes(t).stream().map(u -> id("type:" + u)).distinct().forEach(deps::add);
            switch (t.kind().toLowerCase(java.util.Locale.ROOT)) {
                case "enum" -> {
                    List<String> labels = new ArrayList<>();
                    t.definition().path("values").forEach(v -> labels.add("    " + literal(v.asText())));
                    add(EntryOrigin.type(home), "type:" + typeName, "1247", typeName, "TYPE", Section.PRE_DATA,
                            "CREATE TYPE " + name + " AS ENUM (\n" + String.join(",\n", labels) + "\n);\n",
                            "DROP TYPE " + name + ";\n", home, null, null, deps);
                }
                case "domain" -> {
                    SqlType base = plan.parseType(t.definition().path("base_type").asText());
                    StringBuilder sql = new StringBuilder("CREATE DOMAIN " + name + " AS " + plan.typeDdl(base));
                    String constraint = t.definition().path("constraint").asText("");
                    if (!constraint.isBlank()) {
                        String expr = constraint.trim().replaceFirst("(?i)^CHECK\\s*", "");
                        sql.append("\n\tCONSTRAINT ").append(quote(typeName + "_check")).append(" CHECK (").append(expr).append(")");
                    }
                    add(EntryOrigin.type(home), "type:" + typeName, "1247", typeName, "DOMAIN", Section.PRE_DATA, sql + ";\n",
                            "DROP DOMAIN " + name + ";\n", home, null, null, deps);
                }
                default -> {
                    List<String> fields = new ArrayList<>();
                    t.definition().path("fields").forEach(f -> fields.add("\t" + quote(f.path("name").asText()) + " "
                            + plan.typeDdl(plan.parseType(f.path("type").asText()))));
                    add(EntryOrigin.type(home), "type:" + typeName, "1247", typeName, "TYPE", Section.PRE_DATA,
                            "CREATE TYPE " + name + " AS (\n" + String.join(",\n", fields) + "\n);\n",
                            "DROP TYPE " + name + ";\n", home, null, null, deps);
                }
            }
        }
    }

    /** The custom types a domain's base type or a composite's fields name (canonical spelling). */
    private List<String> usedTypes(CustomType t) {
        List<String> spellings = new ArrayList<>();
        if (t.definition().has("base_type")) {
            spellings.add(t.definition().path("base_type").asText());
        }
        t.definition().path("fields").forEach(f -> spellings.add(f.path("type").asText()));
        return spellings.stream().map(plan::parseType).filter(SqlType::isCustom)
                .map(type -> plan.canonicalTypeName(type.customName())).toList();
    }

    /** Tables and sequences, sorted together by schema and name as pg_dump does; comments follow their object. */
    private void relations() {
        record Relation(String schema, String name, Runnable emit) {
        }
        List<Relation> relations = new ArrayList<>();
        for (TablePlan t : plan.tables()) {
            relations.add(new Relation(t.schemaName, t.name, () -> table(t)));
            for (ColumnPlan c : t.columns) {
                if (c.sequenceName() != null) {
                    relations.add(new Relation(t.schemaName, c.sequenceName(), () -> serialSequence(t, c)));
                }
            }
        }
        for (Map.Entry<String, Sequence> e : plan.schema().sequences().entrySet()) {
            relations.add(new Relation(plan.defaultSchema(), e.getKey(), () -> standaloneSequence(e.getKey(), e.getValue())));
        }
        relations.sort(Comparator.comparing(Relation::schema).thenComparing(Relation::name));
        relations.forEach(r -> r.emit().run());
    }

    private void table(TablePlan t) {
        String name = qualified(t.schemaName, t.name);
        List<String> lines = new ArrayList<>();
        for (ColumnPlan c : t.columns) {
            StringBuilder line = new StringBuilder("    ").append(quote(c.name())).append(' ').append(c.typeDdl());
            if (c.defaultExpression() != null && c.sequenceName() == null) {
                line.append(" DEFAULT ").append(c.defaultExpression());
            }
            if (!c.nullable()) {
                line.append(" NOT NULL");
            }
            lines.add(line.toString());
        }
        for (CheckPlan check : t.checks) {
            lines.add("    CONSTRAINT " + quote(check.name()) + " CHECK ((" + check.expression() + "))");
        }
        List<Integer> deps = new ArrayList<>();
        schemaDependency(t.schemaName, deps);
        for (ColumnPlan c : t.columns) {
            if (c.type().isCustom()) {
                deps.add(ids.get("type:" + plan.canonicalTypeName(c.type().customName())));
            }
        }
        add(EntryOrigin.table(relation(t)), "table:" + t.keys.name(), "1259", t.name, "TABLE", Section.PRE_DATA,
                "CREATE TABLE " + name + " (\n" + String.join(",\n", lines) + "\n);\n", "DROP TABLE " + name + ";\n",
                t.schemaName, "", "heap", deps.stream().distinct().toList());
        int tableId = id("table:" + t.keys.name());
        if (t.comment != null) {
            comment(t, "TABLE " + quote(t.name), "TABLE " + name, t.comment, tableId);
        }
        for (ColumnPlan c : t.columns) {
            if (c.comment() != null) {
                comment(t, "COLUMN " + quote(t.name) + "." + quote(c.name()), "COLUMN " + name + "." + quote(c.name()), c.comment(), tableId);
            }
        }
    }

    private void serialSequence(TablePlan t, ColumnPlan c) {
        String seq = qualified(t.schemaName, c.sequenceName());
        String as = switch (c.type().base()) {
            case SMALLINT -> "    AS smallint\n";
            case INTEGER -> "    AS integer\n";
            default -> "";
        };
        RelationName sequence = new RelationName(t.schemaName, c.sequenceName());
        add(EntryOrigin.sequence(sequence, relation(t)), "sequence:" + seq, "1259", c.sequenceName(), "SEQUENCE", Section.PRE_DATA,
                "CREATE SEQUENCE " + seq + "\n" + as + "    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n",
                "DROP SEQUENCE " + seq + ";\n", t.schemaName, null, null, List.of(id("table:" + t.keys.name())));
        add(EntryOrigin.ownedBy(sequence, relation(t)), "ownedby:" + seq, "0", c.sequenceName(), "SEQUENCE OWNED BY", Section.PRE_DATA,
                "ALTER SEQUENCE " + seq + " OWNED BY " + qualified(t.schemaName, t.name) + "." + quote(c.name()) + ";\n",
                null, t.schemaName, null, null, List.of(id("sequence:" + seq)));
    }

    private void standaloneSequence(String name, Sequence s) {
        String home = plan.defaultSchema();
        String seq = qualified(home, name);
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE " + seq + "\n");
        sql.append("    START WITH ").append(s.start() == null ? 1 : s.start()).append('\n');
        sql.append("    INCREMENT BY ").append(s.increment() == null ? 1 : s.increment()).append('\n');
        sql.append(s.minValue() == null ? "    NO MINVALUE\n" : "    MINVALUE " + s.minValue() + "\n");
        sql.append(s.maxValue() == null ? "    NO MAXVALUE\n" : "    MAXVALUE " + s.maxValue() + "\n");
        sql.append("    CACHE ").append(s.cache() == null ? 1 : s.cache());
        sql.append(s.cycle() ? "\n    CYCLE;\n" : ";\n");
        List<Integer> deps = new ArrayList<>();
        schemaDependency(home, deps);
        add(EntryOrigin.sequence(new RelationName(home, name), null), "sequence:" + seq, "1259", name, "SEQUENCE", Section.PRE_DATA,
                sql.toString(), "DROP SEQUENCE " + seq + ";\n", home, null, null, deps);
    }

    /** nextval defaults of serial columns: separate entries after all relations, as pg_dump writes them. */
    private void defaults() {
        for (TablePlan t : sortedTables()) {
            for (ColumnPlan c : t.columns) {
                if (c.sequenceName() == null) {
                    continue;
                }
                String table = qualified(t.schemaName, t.name);
                String seq = qualified(t.schemaName, c.sequenceName());
                add(EntryOrigin.table(relation(t)), "default:" + table + "." + c.name(), "2604", t.name + " " + c.name(), "DEFAULT", Section.PRE_DATA,
                        "ALTER TABLE ONLY " + table + " ALTER COLUMN " + quote(c.name()) + " SET DEFAULT nextval("
                                + literal(seq) + "::regclass);\n",
                        "ALTER TABLE " + table + " ALTER COLUMN " + quote(c.name()) + " DROP DEFAULT;\n",
                        t.schemaName, null, null, List.of(id("sequence:" + seq), id("table:" + t.keys.name())));
            }
        }
    }

    // --- data ---

    private void tableData() {
        for (TablePlan t : sortedTables()) {
            String table = qualified(t.schemaName, t.name);
            List<String> columns = t.columns.stream().map(c -> quote(c.name())).toList();
            TableData data = new CopyRows(t.rowCount(), listener -> rowWriter(t).reportingTo(listener), () -> progress);
            String copyStmt = "COPY " + table + " (" + String.join(", ", columns) + ") FROM stdin;\n";
            if (insertStyle != null) { // pg_dump --inserts: no COPY statement, the payload is SQL
                data = new InsertPayload(table, columns, t.columns.stream().map(c -> valueKind(c.type())).toList(), insertStyle, data);
                copyStmt = null;
            }
            int dumpId = nextId++;
            ids.put("data:" + t.keys.name(), dumpId);
            origins.put(dumpId, EntryOrigin.table(relation(t)));
            entries.add(new TocEntry(dumpId, "0", "0", t.name, "TABLE DATA", Section.DATA, null, null,
                    copyStmt, t.schemaName, null, null, OWNER, List.of(id("table:" + t.keys.name())), data));
        }
    }

    /** Made when the data is written; CopyRows tells it the listener set by then (after selection). */
    private TableRowWriter rowWriter(TablePlan t) {
        return new TableRowWriter(t.keys, t.generators, plan.settings(), plan.tables().size(), pool, jobs);
    }

    /** How pg_dump --inserts quotes values of this type; the server reports a domain as its base type. */
    private InsertPayload.ValueKind valueKind(SqlType type) {
        if (type.isArray()) {
            return InsertPayload.ValueKind.TEXT;
        }
        if (type.isCustom()) {
            CustomType custom = plan.schema().customTypes().get(plan.canonicalTypeName(type.customName()));
            return custom != null && "domain".equalsIgnoreCase(custom.kind())
                    ? valueKind(plan.parseType(custom.definition().path("base_type").asText()))
                    : InsertPayload.ValueKind.TEXT;
        }
        return switch (type.base()) {
            case SMALLINT, INTEGER, BIGINT, NUMERIC, REAL, DOUBLE -> InsertPayload.ValueKind.NUMBER;
            case BOOLEAN -> InsertPayload.ValueKind.BOOLEAN;
            default -> InsertPayload.ValueKind.TEXT;
        };
    }

    /** setval so the next nextval() continues after the generated ids (or starts at 1 for empty tables). */
    private void sequenceSets() {
        record SequenceSet(String schema, String name, Runnable emit) {
        }
        List<SequenceSet> all = new ArrayList<>();
        for (TablePlan t : plan.tables()) {
            for (ColumnPlan c : t.columns) {
                if (c.sequenceName() != null) {
                    String seq = qualified(t.schemaName, c.sequenceName());
                    String value = t.rowCount() > 0 ? t.rowCount() + ", true" : "1, false";
                    EntryOrigin origin = EntryOrigin.sequence(new RelationName(t.schemaName, c.sequenceName()), relation(t));
                    all.add(new SequenceSet(t.schemaName, c.sequenceName(), () -> add(origin, "setval:" + seq, "0", c.sequenceName(),
                            "SEQUENCE SET", Section.DATA, "SELECT pg_catalog.setval(" + literal(seq) + ", " + value + ");\n", null, t.schemaName,
                            null, null, List.of(id("sequence:" + seq)))));
                }
            }
        }
        for (Map.Entry<String, Sequence> e : plan.schema().sequences().entrySet()) {
            String home = plan.defaultSchema();
            String seq = qualified(home, e.getKey());
            long start = e.getValue().start() == null ? 1 : e.getValue().start();
            EntryOrigin origin = EntryOrigin.sequence(new RelationName(home, e.getKey()), null);
            all.add(new SequenceSet(home, e.getKey(), () -> add(origin, "setval:" + seq, "0", e.getKey(), "SEQUENCE SET", Section.DATA,
                    "SELECT pg_catalog.setval(" + literal(seq) + ", " + start + ", false);\n", null, home, null, null,
                    List.of(id("sequence:" + seq)))));
        }
        all.sort(Comparator.comparing(SequenceSet::schema).thenComparing(SequenceSet::name));
        all.forEach(s -> s.emit().run());
    }

    // --- post-data ---

    /**
     * Keys, then indexes, then foreign keys; each group by schema and object name like pg_dump (the
     * table breaks ties: foreign key names are unique per table only).
     */
    private void postData() {
        record Post(String schema, String name, String table, Runnable emit) {
        }
        List<Post> constraints = new ArrayList<>();
        List<Post> indexes = new ArrayList<>();
        List<Post> foreignKeys = new ArrayList<>();
        for (TablePlan t : plan.tables()) {
            String table = qualified(t.schemaName, t.name);
            int tableId = id("table:" + t.keys.name());
            List<KeyPlan> keys = new ArrayList<>();
            if (t.primaryKey != null) {
                keys.add(t.primaryKey);
            }
            keys.addAll(t.uniqueConstraints);
            for (KeyPlan k : keys) {
                String kind = k == t.primaryKey ? "PRIMARY KEY" : "UNIQUE";
                constraints.add(new Post(t.schemaName, k.name(), t.name, () -> add(EntryOrigin.table(relation(t)),
                        "constraint:" + t.schemaName + "." + k.name(),
                        "2606", t.name + " " + k.name(), "CONSTRAINT", Section.POST_DATA,
                        "ALTER TABLE ONLY " + table + "\n    ADD CONSTRAINT " + quote(k.name()) + " " + kind + " (" + columnList(k.columns()) + ");\n",
                        "ALTER TABLE ONLY " + table + " DROP CONSTRAINT " + quote(k.name()) + ";\n", t.schemaName, "", null,
                        List.of(tableId))));
            }
            for (KeyPlan i : t.indexes) {
                indexes.add(new Post(t.schemaName, i.name(), t.name, () -> add(EntryOrigin.table(relation(t)),
                        "index:" + t.schemaName + "." + i.name(), "1259", i.name(), "INDEX",
                        Section.POST_DATA, "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + quote(i.name()) + " ON " + table
                                + " USING " + i.method() + " (" + columnList(i.columns()) + ");\n",
                        "DROP INDEX " + qualified(t.schemaName, i.name()) + ";\n", t.schemaName, "", null, List.of(tableId))));
            }
            for (ForeignKeyPlan fk : t.foreignKeys) {
                foreignKeys.add(new Post(t.schemaName, fk.name(), t.name, () -> foreignKey(t, fk)));
            }
        }
        Comparator<Post> order = Comparator.comparing(Post::schema).thenComparing(Post::name).thenComparing(Post::table);
        for (List<Post> group : List.of(constraints, indexes, foreignKeys)) {
            group.sort(order);
            group.forEach(p -> p.emit().run());
        }
    }

    private void foreignKey(TablePlan t, ForeignKeyPlan fk) {
        String table = qualified(t.schemaName, t.name);
        TablePlan parent = fk.referencedTable();
        StringBuilder sql = new StringBuilder("ALTER TABLE ONLY " + table + "\n    ADD CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY ("
                + columnList(fk.columns()) + ") REFERENCES " + qualified(parent.schemaName, parent.name) + "(" + columnList(fk.referencedColumns()) + ")");
        if (fk.onUpdate() != null && !fk.onUpdate().equals("NO ACTION")) {
            sql.append(" ON UPDATE ").append(fk.onUpdate());
        }
        if (fk.onDelete() != null && !fk.onDelete().equals("NO ACTION")) {
            sql.append(" ON DELETE ").append(fk.onDelete());
        }
        List<Integer> deps = new ArrayList<>();
        deps.add(id("table:" + parent.keys.name()));
        deps.add(id("table:" + t.keys.name()));
        // the referenced key must exist first (parallel restore schedules by these)
        keyConstraintId(parent, fk.referencedColumns()).ifPresent(deps::add);
        add(EntryOrigin.foreignKey(relation(t), relation(parent), fk.name()), "fk:" + t.schemaName + "." + t.name + "." + fk.name(), "2606", t.name + " " + fk.name(), "FK CONSTRAINT", Section.POST_DATA,
                sql + ";\n", "ALTER TABLE ONLY " + table + " DROP CONSTRAINT " + quote(fk.name()) + ";\n", t.schemaName, null, null, deps);
    }

    private Optional<Integer> keyConstraintId(TablePlan parent, List<String> columns) {
        List<KeyPlan> keys = new ArrayList<>();
        if (parent.primaryKey != null) {
            keys.add(parent.primaryKey);
        }
        keys.addAll(parent.uniqueConstraints);
        for (KeyPlan k : keys) {
            if (k.columns().equals(columns)) {
                return Optional.ofNullable(ids.get("constraint:" + parent.schemaName + "." + k.name()));
            }
        }
        for (KeyPlan i : parent.indexes) {
            if (i.unique() && i.columns().equals(columns)) {
                return Optional.ofNullable(ids.get("index:" + parent.schemaName + "." + i.name()));
            }
        }
        return Optional.empty();
    }

    // --- helpers ---

    private List<TablePlan> sortedTables() {
        List<TablePlan> sorted = new ArrayList<>(plan.tables());
        sorted.sort(Comparator.comparing((TablePlan t) -> t.schemaName).thenComparing(t -> t.name));
        return sorted;
    }

    private static String columnList(List<String> columns) {
        return columns.stream().map(c -> quote(c)).collect(Collectors.joining(", "));
    }

    private void schemaDependency(String schema, List<Integer> deps) {
        Integer id = ids.get("schema:" + schema);
        if (id != null) {
            deps.add(id);
        }
    }

    private void comment(TablePlan t, String tag, String target, String text, int objectId) {
        add(EntryOrigin.table(relation(t)), "comment:" + target, "0", tag, "COMMENT", Section.NONE,
                "COMMENT ON " + target + " IS " + literal(text) + ";\n", null, t.schemaName, null, null, List.of(objectId));
    }

    private void special(String desc, String defn) {
        add(EntryOrigin.special(), "special:" + desc, "0", desc, desc, Section.PRE_DATA, defn, null, null, null, null, List.of(), null);
    }

    private int id(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("no TOC entry " + key);
        }
        return id;
    }

    private void add(EntryOrigin origin, String key, String tableoid, String tag, String desc, Section section, String defn,
            String dropStmt, String namespace, String tablespace, String tableam, List<Integer> deps) {
        add(origin, key, tableoid, tag, desc, section, defn, dropStmt, namespace, tablespace, tableam, deps, OWNER);
    }

    private void add(EntryOrigin origin, String key, String tableoid, String tag, String desc, Section section, String defn,
            String dropStmt, String namespace, String tablespace, String tableam, List<Integer> deps, String owner) {
        int dumpId = nextId++;
        ids.put(key, dumpId);
        origins.put(dumpId, origin);
        entries.add(new TocEntry(dumpId, tableoid, "0", tag, desc, section, defn, dropStmt, null, namespace, tablespace, tableam,
                owner, deps, null));
    }
}
