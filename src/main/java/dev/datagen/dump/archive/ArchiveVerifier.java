package dev.datagen.dump.archive;

import dev.datagen.dump.archive.ArchiveHeaderInfo.DataCompression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-reads a written dump and checks what pg_restore relies on ({@code pg-archive-format.md} §8):
 * header and TOC structure, unique dump IDs, sections, the TABLE DATA dependency, and every data
 * payload — custom blocks (framing, dump IDs, TOC order, offsets pointing at the block, each zlib
 * stream complete), directory files (present, gzip/lz4/zstd decodes), tar members (checksums, TOC order) —
 * with each COPY payload ending in the {@code \.} line. Directory files may be gzip, lz4 or zstd; a
 * custom archive's lz4/zstd blocks are not decoded (only framed), which the notes say. Plain SQL
 * scripts get {@link ScriptCheck}'s checks.
 */
public final class ArchiveVerifier {
    private static final int IO_BUFFER = 1 << 16;

    /** The outcome: problems make the dump unusable or lossy; notes say what could not be checked. */
    public record Report(ArchiveToc toc, List<String> problems, List<String> notes, int payloads, long payloadBytes) {
        public Report {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        static Report unreadable(String problem) {
            return new Report(null, List.of(problem), List.of(), 0, 0);
        }
    }

    private ArchiveVerifier() {
    }

    /** Checks the dump at {@code path} (a custom or tar file, a directory, or a plain script). */
    public static Report verify(Path path) throws IOException {
        try {
            if (!Files.isDirectory(path) && ScriptCheck.isScript(path)) {
                return ScriptCheck.check(path);
            }
            return ArchiveReader.open(path, (toc, rest) -> new Run(toc).check(rest));
        } catch (ArchiveFormatException e) {
            return Report.unreadable(e.getMessage());
        }
    }

    /** One verification, collecting problems as it goes. */
    private static final class Run {
        private final ArchiveToc toc;
        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<ArchiveEntry> dataEntries = new ArrayList<>();
        private final Map<Integer, ArchiveEntry> byId = new HashMap<>();
        private int payloads;
        private long payloadBytes;

        Run(ArchiveToc toc) {
            this.toc = toc;
        }

        Report check(ArchiveReader.Rest rest) throws IOException {
            checkToc();
            switch (toc.kind()) {
                case CUSTOM -> checkBlocks(rest.custom());
                case DIRECTORY -> checkFiles();
                case TAR -> checkMembers(rest.tar());
            }
            return new Report(toc, problems, notes, payloads, payloadBytes);
        }

        private void checkToc() {
            ArchiveHeaderInfo h = toc.header();
            if (!h.compressionIsAlgorithm() && (h.compression() < -1 || h.compression() > 9)) {
                problems.add("invalid compression code " + h.compression() + " in the header (pg_restore accepts -1 to 9)");
            }
            if (h.dataCompression() == DataCompression.UNKNOWN) {
                problems.add("unknown compression algorithm " + h.compression() + " in the header");
            }
            int maxId = toc.entries().stream().mapToInt(ArchiveEntry::dumpId).max().orElse(0);
            for (ArchiveEntry e : toc.entries()) {
                if (byId.put(e.dumpId(), e) != null) {
                    problems.add("dump ID " + e.dumpId() + " is used by two TOC entries (the second shadows the first)");
                }
                if (e.section() < 1 || e.section() > 4) {
                    problems.add(e.describe() + " has section " + e.section() + ", outside 1-4: pg_restore would skip it silently");
                }
                if (e.hadDumper()) {
                    dataEntries.add(e);
                }
                if (e.desc().equals("TABLE DATA")) {
                    checkTableData(e, maxId);
                }
                if (toc.kind() == ArchiveToc.Kind.CUSTOM) {
                    checkOffsetFlag(e);
                }
            }
            checkSpecial("ENCODING", "invalid ENCODING item");
            checkSpecial("STDSTRINGS", "invalid STDSTRINGS item");
        }

        private void checkTableData(ArchiveEntry e, int maxId) {
            if (!e.hadDumper()) {
                problems.add(e.describe() + " says it has no data: pg_restore would skip the table's rows silently");
            }
            if (e.dependencies().isEmpty()) {
                problems.add(e.describe() + " does not depend on its TABLE entry (pg_restore -j needs that first dependency)");
                return;
            }
            try {
                int table = Integer.parseInt(e.dependencies().get(0));
                if (table < 1 || table > maxId) {
                    problems.add(e.describe() + ": bad table dumpId " + table + " for TABLE DATA item");
                }
            } catch (NumberFormatException ex) {
                problems.add(e.describe() + ": dependency \"" + e.dependencies().get(0) + "\" is not a dump ID");
            }
        }

        private void checkOffsetFlag(ArchiveEntry e) {
            if (e.hadDumper() && e.offsetFlag() == ArchiveOutput.OffsetFlag.NO_DATA.code) {
                problems.add(e.describe() + " has data, but its TOC offset says it has none: pg_restore would restore it empty");
            } else if (!e.hadDumper() && e.offsetFlag() != ArchiveOutput.OffsetFlag.NO_DATA.code) {
                problems.add(e.describe() + " has no data, but its TOC offset has flag " + e.offsetFlag());
            }
        }

        /** pg_restore parses these while reading the TOC: the value between the first quotes. */
        private void checkSpecial(String desc, String message) {
            toc.entries().stream().filter(e -> e.desc().equals(desc)).findFirst().ifPresent(e -> {
                String defn = e.defn() == null ? "" : e.defn();
                int quote = defn.indexOf('\'');
                boolean ok = quote >= 0 && (desc.equals("ENCODING") ? defn.indexOf('\'', quote + 1) > quote + 1
                        : defn.startsWith("'on'", quote) || defn.startsWith("'off'", quote));
                if (!ok) {
                    problems.add(message + ": " + defn.strip());
                }
            });
        }

        // --- custom: data blocks after the TOC ---

        private void checkBlocks(ArchiveInput in) throws IOException {
            DataCompression compression = toc.header().dataCompression();
            boolean decodable = compression == DataCompression.NONE || compression == DataCompression.ZLIB;
            if (!decodable) {
                notes.add("data blocks are " + compression.label + "-compressed, which datagen does not decode: only their framing was checked");
            }
            Set<Integer> seen = new HashSet<>();
            int[] next = {0};
            boolean[] orderReported = {false};
            PayloadCheck[] current = {null};
            ArchiveReader.readBlocks(in, new ArchiveReader.BlockVisitor() {
                @Override
                public void startBlock(long position, int type, int dumpId) {
                    ArchiveEntry e = byId.get(dumpId);
                    current[0] = null;
                    if (e == null || !e.hadDumper()) {
                        problems.add("data block at byte " + position + " has dump ID " + dumpId + ", which is not an entry with data");
                        return;
                    }
                    if (!seen.add(dumpId)) {
                        problems.add("a second data block for " + e.describe() + " at byte " + position);
                        return;
                    }
                    int index = dataEntries.indexOf(e);
                    if (index != next[0] && !orderReported[0]) {
                        problems.add("data blocks are not in TOC order (" + e.describe() + " at byte " + position
                                + "): pg_restore reading from a pipe could not find them");
                        orderReported[0] = true;
                    }
                    next[0] = index + 1;
                    if (e.offsetFlag() == ArchiveOutput.OffsetFlag.POS_SET.code && e.offset() != position) {
                        problems.add("the TOC says the data of " + e.describe() + " starts at byte " + e.offset()
                                + ", but its block starts at byte " + position);
                    }
                    if (type == ArchiveReader.BLK_DATA && decodable) {
                        current[0] = new PayloadCheck("data of " + e.describe(), compression == DataCompression.ZLIB, e.isCopyData());
                    }
                }

                @Override
                public void chunk(int blob, byte[] buffer, int length) {
                    if (current[0] != null) {
                        current[0].write(buffer, 0, length);
                    }
                }

                @Override
                public void endBlock() {
                    if (current[0] != null) {
                        finish(current[0]);
                    }
                }
            });
            dataEntries.stream().filter(e -> !seen.contains(e.dumpId()))
                    .forEach(e -> problems.add("no data block for " + e.describe()));
        }

        // --- directory: one file per entry with data ---

        private void checkFiles() throws IOException {
            for (ArchiveEntry e : dataEntries) {
                if (e.fileName().isEmpty()) {
                    problems.add(e.describe() + " has data but no file name in toc.dat");
                    continue;
                }
                Path file = dataFile(e.fileName());
                if (file == null) {
                    problems.add("data file " + e.fileName() + " of " + e.describe() + " is missing (nor is there a .gz, .lz4 or .zst)");
                    continue;
                }
                String name = file.getFileName().toString();
                PayloadCheck check = new PayloadCheck(name + " (" + e.describe() + ")", false, e.isCopyData());
                String damage = CompressedInput.bySuffix(name).decode(file, (buffer, length) -> check.write(buffer, 0, length));
                if (damage != null) {
                    problems.add(name + " (" + e.describe() + "): " + damage);
                    continue;
                }
                finish(check);
            }
        }

        /** pg_restore opens the named file, else the name with a compression suffix. */
        private Path dataFile(String fileName) {
            for (CompressedInput c : CompressedInput.values()) {
                Path p = toc.location().resolve(fileName + c.suffix);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
            return null;
        }

        // --- tar: members after toc.dat, in TOC order ---

        private void checkMembers(TarReader tar) throws IOException {
            if (toc.header().compression() != 0) {
                problems.add("the header says compression " + toc.header().compression()
                        + ", but tar archives cannot be compressed (pg_restore: compression is not supported by tar archive format)");
            }
            Map<String, ArchiveEntry> byFile = new HashMap<>();
            dataEntries.forEach(e -> byFile.put(e.fileName(), e));
            Set<String> seen = new HashSet<>();
            int next = 0;
            for (TarReader.Member m = tar.next(); m != null; m = tar.next()) {
                ArchiveEntry e = byFile.get(m.name());
                if (e == null) {
                    if (!m.name().equals("restore.sql")) {
                        notes.add("tar member " + m.name() + " is not named in the TOC (pg_restore skips it)");
                    }
                    continue;
                }
                seen.add(m.name());
                int index = dataEntries.indexOf(e);
                if (index < next) {
                    problems.add("tar member " + m.name() + " comes after the data of a later TOC entry: pg_restore reads tar archives "
                            + "forward and would stop (restoring data out of order is not supported)");
                }
                next = Math.max(next, index + 1);
                PayloadCheck check = new PayloadCheck("tar member " + m.name() + " (" + e.describe() + ")", false, e.isCopyData());
                feed(tar.content(), check);
                finish(check);
            }
            dataEntries.stream().filter(e -> !seen.contains(e.fileName()))
                    .forEach(e -> problems.add("no tar member " + e.fileName() + " for " + e.describe()));
        }

        private static void feed(InputStream in, PayloadCheck check) throws IOException {
            byte[] buffer = new byte[IO_BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                check.write(buffer, 0, n);
            }
        }

        private void finish(PayloadCheck check) {
            problems.addAll(check.finish());
            payloads++;
            payloadBytes += check.payloadBytes();
        }
    }
}
