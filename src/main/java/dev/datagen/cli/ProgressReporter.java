package dev.datagen.cli;

import dev.datagen.generate.ProgressListener;
import dev.datagen.generate.TableKeys;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows generation progress on stderr: on a terminal a live bar for the table being written (rows,
 * rows/s, ETA, overall percentage) and a line per finished table; in logs (CI, a file, a pipe) a plain
 * line every few seconds, so short runs stay silent.
 */
final class ProgressReporter implements ProgressListener, AutoCloseable {
    enum Mode { BAR, PLAIN, NONE }

    private static final long BAR_PERIOD_MS = 200;
    private static final long PLAIN_PERIOD_MS = 5000;
    private static final int BAR_WIDTH = 20;

    private final PrintStream err;
    private final Mode mode;
    private final long totalRows;
    private final long started = System.nanoTime();
    private final Map<String, TableProgress> tables = new ConcurrentHashMap<>();
    private final AtomicLong doneRows = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private volatile TableProgress current;
    private String lastPlainLine = "";
    private boolean closed;

    private static final class TableProgress {
        final TableKeys table;
        final long started = System.nanoTime();
        volatile long rows;

        TableProgress(TableKeys table) {
            this.table = table;
        }
    }

    ProgressReporter(PrintStream err, Mode mode, long totalRows) {
        this.err = err;
        this.mode = mode;
        this.totalRows = totalRows;
        if (mode == Mode.NONE) {
            ticker = null;
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "datagen-progress");
            t.setDaemon(true);
            return t;
        });
        long period = mode == Mode.BAR ? BAR_PERIOD_MS : PLAIN_PERIOD_MS;
        ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /** {@code auto}: a bar when stderr is a terminal and not in CI, plain lines otherwise. */
    static Mode mode(String option, boolean quiet) {
        if (quiet) {
            return Mode.NONE;
        }
        return switch (option.toLowerCase(Locale.ROOT)) {
            case "bar" -> Mode.BAR;
            case "plain" -> Mode.PLAIN;
            case "none" -> Mode.NONE;
            case "auto" -> stderrIsTerminal() && System.getenv("CI") == null ? Mode.BAR : Mode.PLAIN;
            default -> throw new IllegalArgumentException("unknown progress mode \"" + option + "\"; use auto, bar, plain or none");
        };
    }

    private static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    @Override
    public void rowsWritten(TableKeys table, long rowsSoFar) {
        if (mode == Mode.NONE) {
            return;
        }
        TableProgress p = tables.get(table.name());
        if (p == null || rowsSoFar == 0) {
            p = new TableProgress(table);
            tables.put(table.name(), p);
        }
        p.rows = rowsSoFar;
        current = p;
    }

    @Override
    public void tableFinished(TableKeys table) {
        if (mode == Mode.NONE) {
            return;
        }
        TableProgress p = tables.remove(table.name());
        if (p == null) {
            return;
        }
        doneRows.addAndGet(table.rowCount());
        if (mode != Mode.BAR) {
            return;
        }
        double seconds = (System.nanoTime() - p.started) / 1e9;
        String line = String.format(Locale.ROOT, "datagen: %s: %,d rows in %.1f s%s", table.name(), table.rowCount(), seconds,
                seconds >= 0.05 ? " (" + compact(table.rowCount() / seconds) + " rows/s)" : "");
        synchronized (this) {
            err.print("\r\033[K" + line + "\n");
            err.flush();
        }
    }

    private synchronized void tick() {
        TableProgress p = current;
        if (p == null || !tables.containsKey(p.table.name())) {
            return;
        }
        long rows = p.rows;
        long total = p.table.rowCount();
        double seconds = (System.nanoTime() - p.started) / 1e9;
        double rate = seconds > 0 ? rows / seconds : 0;
        long all = doneRows.get() + tables.values().stream().mapToLong(t -> t.rows).sum();
        double allRate = all / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String eta = allRate > 0 ? duration((totalRows - all) / allRate) : "?";
        int percent = total == 0 ? 100 : (int) (100 * rows / total);
        int allPercent = totalRows == 0 ? 100 : (int) (100 * all / totalRows);
        if (mode == Mode.BAR) {
            int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * rows / total);
            String name = p.table.name().length() > 20 ? p.table.name().substring(0, 19) + "…" : p.table.name();
            err.print(String.format(Locale.ROOT, "\r\033[K%s [%s%s] %3d%% %s/%s %s rows/s ETA %s · all %d%%", name,
                    "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), percent, compact(rows), compact(total),
                    compact(rate), eta, allPercent));
        } else {
            String line = String.format(Locale.ROOT, "datagen: %s: %,d of %,d rows (%d%%), %s rows/s; all tables %d%%, ETA %s",
                    p.table.name(), rows, total, percent, compact(rate), allPercent, eta);
            if (line.equals(lastPlainLine)) {
                return;
            }
            lastPlainLine = line;
            err.println(line);
        }
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (mode == Mode.BAR) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /** 1234567 → "1.23M", 812345 → "812k". */
    static String compact(double n) {
        if (n >= 1e9) {
            return String.format(Locale.ROOT, "%.2fG", n / 1e9);
        }
        if (n >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", n / 1e6);
        }
        if (n >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", n);
    }

    /** Seconds → "42s", "3m05s", "1h02m". */
    static String duration(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
