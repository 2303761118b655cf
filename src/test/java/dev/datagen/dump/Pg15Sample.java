package dev.datagen.dump;

import static dev.datagen.dump.InsertPayload.ValueKind.NUMBER;
import static dev.datagen.dump.InsertPayload.ValueKind.TEXT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds the {@link DumpContent} of the real pg_dump 15.18 archive {@code sample.Fc-Z0.dump} from
 * {@code sample.Fc-Z0.fields.txt}, the field-by-field listing made by an independent parser. The
 * listing names every field and its byte range but abbreviates long values, so each value is decoded
 * from the bytes its range points at (with a decoder written here, independent of the writers).
 *
 * <p>Each TABLE DATA payload writes the sample's chunks one by one and calls {@code flush()} after
 * each: that is how a payload tells the uncompressed writer to end a chunk, which reproduces pg_dump's
 * framing (one chunk per row plus one for the terminator) and so allows a byte-for-byte comparison.
 */
public final class Pg15Sample {

    public static final String DIR = "/pg15-samples/";
    private static final Pattern LINE =
            Pattern.compile("^(\\p{XDigit}+)-(\\p{XDigit}+)\\s+(\\d+)\\s+(.+?)\\s{2,}(.*?)\\s+\\|.*$");
    private static final Pattern TOC_FIELD = Pattern.compile("toc\\[(\\d+)]\\.(\\w+).*");
    private static final Pattern CHUNK = Pattern.compile("block (\\d+) chunk bytes");
    private static final Pattern COPY = Pattern.compile("COPY (\\S+) \\((.*)\\) FROM stdin;\n");

    private Pg15Sample() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = Pg15Sample.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of sample.Fc-Z0.dump, field for field. */
    public static DumpContent content() {
        byte[] dump = resource("sample.Fc-Z0.dump");
        String listing = new String(resource("sample.Fc-Z0.fields.txt"), StandardCharsets.UTF_8);
        Map<String, Object> header = new HashMap<>();
        Map<Integer, Map<String, Object>> toc = new LinkedHashMap<>();
        Map<Integer, List<Object>> deps = new HashMap<>();
        Map<Integer, List<byte[]>> chunks = new LinkedHashMap<>();

        for (String line : listing.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            int from = Integer.parseInt(m.group(1), 16);
            int to = Integer.parseInt(m.group(2), 16) + 1;
            byte[] raw = Arrays.copyOfRange(dump, from, to);
            if (raw.length != Integer.parseInt(m.group(3))) {
                throw new IllegalStateException("length mismatch: " + line);
            }
            String field = m.group(4);
            Matcher t = TOC_FIELD.matcher(field);
            Matcher c = CHUNK.matcher(field);
            if (t.matches()) {
                int index = Integer.parseInt(t.group(1));
                String name = t.group(2);
                Object value = decode(name, raw);
                if (name.equals("dep")) {
                    deps.computeIfAbsent(index, k -> new ArrayList<>()).add(value);
                } else {
                    toc.computeIfAbsent(index, k -> new HashMap<>()).put(name, value);
                }
            } else if (c.matches()) {
                chunks.computeIfAbsent(Integer.parseInt(c.group(1)), k -> new ArrayList<>()).add(raw);
            } else {
                header.put(field, decode(field, raw));
            }
        }

        LocalDateTime created = LocalDateTime.of(
                1900 + (int) header.get("tm_year"), 1 + (int) header.get("tm_mon"), (int) header.get("tm_mday"),
                (int) header.get("tm_hour"), (int) header.get("tm_min"), (int) header.get("tm_sec"));
        DumpHeader dumpHeader = new DumpHeader((String) header.get("dbname"), created.toInstant(ZoneOffset.UTC),
                (String) header.get("remoteVersion"), (String) header.get("pgdumpVersion"));

        List<TocEntry> entries = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Object>> e : toc.entrySet()) {
            Map<String, Object> f = e.getValue();
            int dumpId = (int) f.get("dumpId");
            List<Integer> dependencies = new ArrayList<>();
            for (Object d : deps.get(e.getKey())) {
                if (d != null) { // the NULL Str terminates the list
                    dependencies.add(Integer.parseInt((String) d));
                }
            }
            TableData data = null;
            if ((int) f.get("hadDumper") == 1) {
                List<byte[]> rows = chunks.getOrDefault(dumpId, List.of());
                data = out -> {
                    for (byte[] row : rows) {
                        out.write(row);
                        out.flush();
                    }
                };
            }
            entries.add(new TocEntry(dumpId, (String) f.get("tableoid"), (String) f.get("oid"),
                    (String) f.get("tag"), (String) f.get("desc"), section((int) f.get("section")),
                    (String) f.get("defn"), (String) f.get("dropStmt"), (String) f.get("copyStmt"),
                    (String) f.get("namespace"), (String) f.get("tablespace"), (String) f.get("tableam"),
                    (String) f.get("owner"), dependencies, data));
        }
        return new DumpContent(dumpHeader, entries);
    }

    /** Payload bytes of each data entry, by dumpId, in file order. */
    public static Map<Integer, byte[]> payloads() {
        Map<Integer, byte[]> result = new LinkedHashMap<>();
        for (TocEntry e : content().entries()) {
            if (e.hasData()) {
                var buf = new java.io.ByteArrayOutputStream();
                try {
                    e.data().writeTo(buf);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                result.put(e.dumpId(), buf.toByteArray());
            }
        }
        return result;
    }

    /**
     * The sample with its TABLE DATA as pg_dump --inserts writes it: no COPY statement, and the COPY
     * payloads turned into INSERTs by {@link InsertPayload}, with each column quoted the way the
     * server's type for it demands (create.sql: a domain over integer counts as integer).
     */
    public static DumpContent withInserts(DumpContent content, InsertStyle style) {
        Map<String, List<InsertPayload.ValueKind>> kinds = Map.of(
                "kv", List.of(TEXT, TEXT),
                "customer", List.of(NUMBER, TEXT, TEXT, TEXT, NUMBER, TEXT, TEXT, TEXT, NUMBER),
                "orders", List.of(NUMBER, NUMBER, TEXT, NUMBER));
        List<TocEntry> entries = new ArrayList<>();
        for (TocEntry e : content.entries()) {
            if (!e.hasData()) {
                entries.add(e);
                continue;
            }
            Matcher copy = COPY.matcher(e.copyStmt());
            if (!copy.matches()) {
                throw new IllegalStateException("unexpected COPY statement " + e.copyStmt());
            }
            InsertPayload inserts = new InsertPayload(copy.group(1), List.of(copy.group(2).split(", ")), kinds.get(e.tag()),
                    style, e.data());
            entries.add(new TocEntry(e.dumpId(), e.tableoid(), e.oid(), e.tag(), e.desc(), e.section(), e.defn(),
                    e.dropStmt(), null, e.namespace(), e.tablespace(), e.tableam(), e.owner(), e.dependencies(), inserts));
        }
        return new DumpContent(content.header(), entries);
    }

    /** The same content with another "Dumped from database version". */
    public static DumpContent withServerVersion(DumpContent content, String serverVersion) {
        DumpHeader h = content.header();
        return new DumpContent(new DumpHeader(h.databaseName(), h.createdAt(), serverVersion, h.dumpVersion()),
                content.entries());
    }

    private static Section section(int code) {
        for (Section s : Section.values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("section " + code);
    }

    /** Int fields are 5 bytes; Str fields are an Int length then bytes (length -1 = NULL). */
    private static Object decode(String name, byte[] raw) {
        return switch (name) {
            case "dumpId", "hadDumper", "section", "tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon",
                    "tm_year", "tm_isdst", "tocCount", "compression" -> readInt(raw, 0);
            case "tableoid", "oid", "tag", "desc", "defn", "dropStmt", "copyStmt", "namespace", "tablespace",
                    "tableam", "owner", "withOids", "dep", "dbname", "remoteVersion", "pgdumpVersion" -> readStr(raw);
            default -> raw;
        };
    }

    private static int readInt(byte[] b, int at) {
        int magnitude = (b[at + 1] & 0xff) | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff) << 16 | (b[at + 4] & 0xff) << 24;
        return b[at] != 0 ? -magnitude : magnitude;
    }

    private static String readStr(byte[] b) {
        int len = readInt(b, 0);
        if (len < 0) {
            return null;
        }
        if (len != b.length - 5) {
            throw new IllegalStateException("Str length " + len + " does not fill its range of " + b.length);
        }
        return new String(b, 5, len, StandardCharsets.UTF_8);
    }
}
