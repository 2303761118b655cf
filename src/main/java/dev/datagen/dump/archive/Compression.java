package dev.datagen.dump.archive;

import java.util.Locale;

/**
 * What {@code -Z/--compress} asked for: an algorithm and a level, spelled as pg_dump 16+ does
 * ({@code 0..9}, {@code none}, {@code gzip[:N]}, {@code lz4[:N]}, {@code zstd[:N]}, also
 * {@code ALGORITHM:level=N}). A bare digit means gzip at that level, 0 means none, like pg_dump 15.
 *
 * <p>lz4 and zstd exist only since archive version 1.15 (pg_dump 16), so such archives are read by
 * pg_restore 16 and newer only; gzip/none keep the 1.14 layout that pg_restore 12+ reads.
 *
 * @param level the algorithm's level, or {@link #DEFAULT_LEVEL} for its default
 */
public record Compression(Algorithm algorithm, int level) {

    /** "The algorithm's default level": zlib's -1 (6), lz4's fast mode, zstd's 3. */
    public static final int DEFAULT_LEVEL = Integer.MIN_VALUE;

    public static final Compression NONE = new Compression(Algorithm.NONE, DEFAULT_LEVEL);
    public static final Compression GZIP = new Compression(Algorithm.GZIP, DEFAULT_LEVEL);

    /** The header's algorithm codes (1.15+) with pg_dump's names and the directory format's file suffixes. */
    public enum Algorithm {
        NONE(0, "", 0, 0),
        GZIP(1, ".gz", 1, 9),
        LZ4(2, ".lz4", 1, 12),
        /** Only zstd's default level: the pure-Java encoder we use (aircompressor) has no other. */
        ZSTD(3, ".zst", 3, 3);

        public final int code;
        public final String fileSuffix;
        final int minLevel;
        final int maxLevel;

        Algorithm(int code, String fileSuffix, int minLevel, int maxLevel) {
            this.code = code;
            this.fileSuffix = fileSuffix;
            this.minLevel = minLevel;
            this.maxLevel = maxLevel;
        }

        public String pgName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Compression {
        if (level != DEFAULT_LEVEL && (level < algorithm.minLevel || level > algorithm.maxLevel)) {
            throw new IllegalArgumentException(levelRange(algorithm));
        }
    }

    /**
     * Parses pg_dump 16's {@code METHOD[:DETAIL]}. Error texts follow pg_dump's ("invalid compression
     * specification: ..."), plus what to write instead.
     */
    public static Compression parse(String text) {
        String spec = text.trim().toLowerCase(Locale.ROOT);
        if (spec.matches("\\d+")) {
            int level = parseLevel(spec, Algorithm.GZIP);
            return level == 0 ? NONE : new Compression(Algorithm.GZIP, level);
        }
        int colon = spec.indexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        Algorithm algorithm = algorithm(name, text);
        if (colon < 0) {
            return new Compression(algorithm, DEFAULT_LEVEL);
        }
        String detail = spec.substring(colon + 1);
        if (detail.isEmpty()) {
            throw new IllegalArgumentException(
                    "invalid compression specification: found empty string where a compression option was expected");
        }
        if (detail.startsWith("level=")) {
            detail = detail.substring("level=".length());
        }
        if (algorithm == Algorithm.NONE) {
            throw new IllegalArgumentException(
                    "invalid compression specification: compression algorithm \"none\" does not accept a compression level");
        }
        if (!detail.matches("-?\\d+")) {
            throw new IllegalArgumentException("invalid compression specification: unrecognized compression option \""
                    + detail + "\"; give a level, e.g. " + algorithm.pgName() + ":" + algorithm.maxLevel);
        }
        return new Compression(algorithm, parseLevel(detail, algorithm));
    }

    /** pg_dump 12-15's integer level: 0 none, -1 zlib's default, 1..9 zlib at that level. */
    public static Compression zlib(int level) {
        if (level < -1 || level > 9) {
            throw new IllegalArgumentException("compression level must be -1..9: " + level);
        }
        return level == 0 ? NONE : level == -1 ? GZIP : new Compression(Algorithm.GZIP, level);
    }

    public boolean isCompressed() {
        return algorithm != Algorithm.NONE;
    }

    /**
     * The oldest archive version that can say this: lz4 and zstd need the 1.15 algorithm byte.
     * Everything else stays at 1.14, the newest version pg_restore 12 reads.
     */
    public ArchiveVersion archiveVersion() {
        return switch (algorithm) {
            case NONE, GZIP -> ArchiveVersion.V1_14;
            case LZ4, ZSTD -> ArchiveVersion.V1_15;
        };
    }

    /** The oldest pg_restore major that restores an archive with this compression. */
    public int minimumPgRestore() {
        return archiveVersion().minimumPgRestore;
    }

    /** zlib's level as pg_dump 12-15 store it in the header: 0 none, -1 default, 1..9. */
    int zlibLevel() {
        return switch (algorithm) {
            case NONE -> 0;
            case GZIP -> level == DEFAULT_LEVEL ? -1 : level;
            case LZ4, ZSTD -> throw new IllegalStateException(algorithm.pgName() + " has no zlib level");
        };
    }

    /** pg_dump's spelling, e.g. {@code gzip:5}, {@code lz4}, {@code none}. */
    @Override
    public String toString() {
        return level == DEFAULT_LEVEL ? algorithm.pgName() : algorithm.pgName() + ":" + level;
    }

    private static Algorithm algorithm(String name, String text) {
        for (Algorithm a : Algorithm.values()) {
            if (a.pgName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unrecognized compression algorithm: \"" + text.trim()
                + "\"; use 0-9, none, gzip[:1-9], lz4[:1-12] or zstd");
    }

    private static int parseLevel(String digits, Algorithm algorithm) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(levelRange(algorithm));
        }
    }

    private static String levelRange(Algorithm algorithm) {
        if (algorithm == Algorithm.ZSTD) {
            return "invalid compression specification: datagen writes zstd at its default level 3 only "
                    + "(its zstd encoder is pure Java); use -Z zstd";
        }
        return "invalid compression specification: compression algorithm \"" + algorithm.pgName()
                + "\" expects a compression level between " + algorithm.minLevel + " and " + algorithm.maxLevel;
    }
}
