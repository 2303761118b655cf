package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.value.TimeGenerators;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Timestamps (or dates) of a time series between {@code start} and {@code end}, shaped by daily and
 * weekly seasonality ({@code hour_weights}, 24 numbers from midnight; {@code weekday_weights}, 7
 * from Monday; {@code month_weights}, 12 from January; or the {@code pattern} shortcuts
 * "business_hours" and "daily_peak"), and a {@code trend} (the rate at the end relative to the
 * start). The span can also follow from the row count: {@code interval} ("15m": one row per
 * interval, and the grid every timestamp falls on) or {@code rate} (rows per hour on average).
 * Each value is the inverse of the weighted time axis' distribution at a per-row fraction: random
 * fractions give histograms that follow the weights; with {@code sorted} the fraction grows with
 * the row number, so rows are in time order.
 */
final class TimeseriesGenerator implements GeneratorFactory {
    static final List<String> PATTERNS = List.of("uniform", "business_hours", "daily_peak");
    private static final long DEFAULT_SPAN = 90 * TimeAxis.DAY;
    private static final int MAX_DAYS = 1_000_000;

    @Override
    public Set<String> configKeys() {
        return Set.of("start", "end", "interval", "rate", "hour_weights", "weekday_weights", "month_weights",
                "pattern", "business_hours", "peak_hour", "trend", "sorted");
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        if (!request.isTime()) {
            throw request.wrongType("timeseries", "a date or timestamp column");
        }
        GeneratorConfig config = request.config();
        Long interval = TimeValues.seconds(config, "interval");
        long[] span = span(request, interval);
        long start = span[0];
        long end = span[1];
        if (TimeAxis.maxDays(start, end) > MAX_DAYS) {
            throw config.error("end", "is more than " + MAX_DAYS + " days after start");
        }
        String pattern = pattern(config);
        double trend = config.number("trend", 1.0);
        if (!(trend > 0)) {
            throw config.error("trend", "must be greater than 0 (1 is flat, 2 doubles the rate from start to end)");
        }
        TimeAxis axis = new TimeAxis(start, end, weights(config, "hour_weights", hourDefaults(pattern, config)),
                weights(config, "weekday_weights", weekdayDefaults(pattern)), weights(config, "month_weights", ones(12)), trend);
        if (!(axis.total() > 0)) {
            throw new IllegalArgumentException("timeseries: the weights give no time between " + TimeValues.format(start)
                    + " and " + TimeValues.format(end) + " any chance; raise some weights");
        }
        boolean sorted = config.flag("sorted", interval != null);
        long rows = Math.max(1, request.rowCount());
        long key = request.key();
        long grid = interval == null ? 1 : interval;
        boolean date = request.isDate();
        boolean zone = request.withZone();
        return (row, out) -> {
            // sorted: fraction (r + jitter) / rows grows with r; a regular series takes the middle of each slot
            double u = sorted ? (row.row() + (interval == null ? row.rng(key).nextDouble() : 0.5)) / rows : row.rng(key).nextDouble();
            long t = axis.at(Math.min(u, Math.nextDown(1.0)));
            t = start + Math.floorDiv(t - start, grid) * grid;
            out.text(date ? TimeGenerators.dateOf(t) : TimeGenerators.format(t, zone));
        };
    }

    /**
     * A regular series is distinct: sorted, with an interval, no seasonality or trend, and a span of at
     * least one interval per row (each row then takes the middle of its own slot of the grid).
     */
    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        GeneratorConfig config = request.config();
        Long interval = request.isTime() ? TimeValues.seconds(config, "interval") : null;
        boolean flat = pattern(config).equals("uniform") && config.number("trend", 1.0) == 1.0
                && !config.has("hour_weights") && !config.has("weekday_weights") && !config.has("month_weights");
        if (interval == null || !flat || !config.flag("sorted", true)) {
            return null;
        }
        long[] span = span(request, interval);
        return span[1] - span[0] >= interval * request.rowCount() ? create(request) : null;
    }

    /** [start, end) from start/end, or from the row count with interval or rate; ends at the reference instant by default. */
    private static long[] span(GeneratorRequest request, Long interval) {
        GeneratorConfig config = request.config();
        Long start = TimeValues.epochSecond(config, "start");
        Long end = TimeValues.epochSecond(config, "end");
        Double rate = config.number("rate");
        if (rate != null && !(rate > 0)) {
            throw config.error("rate", "must be greater than 0 (rows per hour)");
        }
        if (start != null && end != null && rate != null) {
            throw config.error("rate", "sets the span from the row count, but start and end set it too; remove one of them");
        }
        long length;
        if (start != null && end != null) {
            length = end - start;
        } else if (rate != null) {
            length = Math.max(1, Math.round(request.rowCount() / rate * 3600));
        } else if (interval != null) {
            length = Math.multiplyExact(interval, Math.max(1, request.rowCount()));
        } else {
            length = DEFAULT_SPAN;
        }
        if (start == null) {
            start = (end != null ? end : request.reference().getEpochSecond()) - length;
        }
        if (length <= 0) {
            throw config.error("end", "must be after " + config.name("start"));
        }
        return new long[] {start, start + length};
    }

    private static String pattern(GeneratorConfig config) {
        String pattern = config.text("pattern");
        if (config.flag("business_hours", false)) {
            if (pattern != null && !pattern.equalsIgnoreCase("business_hours")) {
                throw config.error("business_hours", "and " + config.name("pattern") + " \"" + pattern + "\" both given; use one");
            }
            return "business_hours";
        }
        if (pattern == null) {
            return "uniform";
        }
        String p = pattern.trim().toLowerCase(Locale.ROOT);
        if (!PATTERNS.contains(p)) {
            throw config.error("pattern", dev.datagen.schema.Suggestions.withSuggestion("\"" + pattern + "\" is unknown", p, PATTERNS)
                    + "; use " + String.join(", ", PATTERNS));
        }
        return p;
    }

    /** Business hours: 9:00 to 17:00 eight times as busy as the rest; daily peak: a bell around peak_hour (default 12). */
    private static double[] hourDefaults(String pattern, GeneratorConfig config) {
        double[] w = ones(24);
        if (pattern.equals("business_hours")) {
            Arrays.fill(w, 9, 17, 8.0);
        } else if (pattern.equals("daily_peak")) {
            double peak = config.number("peak_hour", 12.0);
            if (!(peak >= 0 && peak < 24)) {
                throw config.error("peak_hour", "must be an hour from 0 to 23");
            }
            for (int h = 0; h < 24; h++) {
                double distance = Math.min(Math.abs(h + 0.5 - peak), 24 - Math.abs(h + 0.5 - peak));
                w[h] = 0.5 + 9.5 * Math.exp(-distance * distance / 18);
            }
        }
        if (config.has("peak_hour") && !pattern.equals("daily_peak")) {
            throw config.error("peak_hour", "applies to pattern \"daily_peak\"");
        }
        return w;
    }

    /** Business hours: Monday to Friday five times as busy as the weekend. */
    private static double[] weekdayDefaults(String pattern) {
        double[] w = ones(7);
        if (pattern.equals("business_hours")) {
            Arrays.fill(w, 0, 5, 5.0);
        }
        return w;
    }

    private static double[] weights(GeneratorConfig config, String key, double[] otherwise) {
        List<?> list = config.list(key);
        if (list == null) {
            return otherwise;
        }
        if (list.size() != otherwise.length) {
            throw config.error(key, "needs " + otherwise.length + " numbers, got " + list.size());
        }
        double[] w = new double[list.size()];
        for (int i = 0; i < w.length; i++) {
            if (!(list.get(i) instanceof Number n) || !(n.doubleValue() >= 0)) {
                throw config.error(key, "must hold non-negative numbers, got " + GeneratorConfig.found(list.get(i)));
            }
            w[i] = n.doubleValue();
        }
        return w;
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }
}
