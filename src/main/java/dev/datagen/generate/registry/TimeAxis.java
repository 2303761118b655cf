package dev.datagen.generate.registry;

/**
 * The time span [start, end) weighted by hour of day, weekday, month and a linear trend, with its
 * inverse cumulative distribution: {@link #at} maps a fraction u ∈ [0, 1) to the instant below
 * which that fraction of the weight lies. Uniform u gives timestamps whose histogram follows the
 * weights; increasing u gives increasing timestamps. Holds one number per day of the span.
 */
final class TimeAxis {
    static final long DAY = 86400;
    private static final long HOUR = 3600;
    /** 1970-01-01 was a Thursday: Monday-first index 3. */
    private static final int EPOCH_WEEKDAY = 3;

    private final long start;
    private final long end;
    private final long firstDay;
    private final double[] hourWeights;
    /** hourCumulative[h]: weight·seconds of hours before h. */
    private final double[] hourCumulative = new double[25];
    private final int lastHour;
    private final double[] dayFactor;
    /** dayCumulative[d]: weight of days 0..d. */
    private final double[] dayCumulative;

    /**
     * @param hourWeights 24 weights, midnight first
     * @param weekdayWeights 7 weights, Monday first
     * @param monthWeights 12 weights, January first
     * @param trend the weight at the end relative to the start (1 = flat)
     */
    TimeAxis(long start, long end, double[] hourWeights, double[] weekdayWeights, double[] monthWeights, double trend) {
        this.start = start;
        this.end = end;
        this.hourWeights = hourWeights;
        int last = 0;
        for (int h = 0; h < 24; h++) {
            hourCumulative[h + 1] = hourCumulative[h] + hourWeights[h] * HOUR;
            last = hourWeights[h] > 0 ? h : last;
        }
        this.lastHour = last;
        this.firstDay = Math.floorDiv(start, DAY);
        int days = (int) (Math.floorDiv(end - 1, DAY) - firstDay + 1);
        this.dayFactor = new double[days];
        this.dayCumulative = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            long epochDay = firstDay + d;
            double middle = (epochDay * DAY + DAY / 2.0 - start) / Math.max(1, end - start);
            double trendFactor = 1 + (trend - 1) * Math.max(0, Math.min(1, middle));
            dayFactor[d] = weekdayWeights[(int) Math.floorMod(epochDay + EPOCH_WEEKDAY, 7)]
                    * monthWeights[java.time.LocalDate.ofEpochDay(epochDay).getMonthValue() - 1] * trendFactor;
            total += dayFactor[d] * (inDay(dayTo(d)) - inDay(dayFrom(d)));
            dayCumulative[d] = total;
        }
    }

    /** The total weight; 0 when every hour of the span has weight 0. */
    double total() {
        return dayCumulative.length == 0 ? 0 : dayCumulative[dayCumulative.length - 1];
    }

    static int maxDays(long start, long end) {
        return (int) Math.min(Integer.MAX_VALUE, Math.floorDiv(end - 1, DAY) - Math.floorDiv(start, DAY) + 1);
    }

    /** The instant (epoch second in [start, end)) at fraction {@code u} of the weight. */
    long at(double u) {
        double target = u * total();
        int lo = 0;
        int hi = dayCumulative.length - 1;
        while (lo < hi) { // the first day whose cumulative weight exceeds the target
            int mid = (lo + hi) >>> 1;
            if (dayCumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int d = lo;
        long from = dayFrom(d);
        double before = d == 0 ? 0 : dayCumulative[d - 1];
        double y = inDay(from) + (target - before) / dayFactor[d];
        long second = Math.max(from, Math.min(dayTo(d) - 1, secondOf(y)));
        return (firstDay + d) * DAY + second;
    }

    /** The first second of day d within the span. */
    private long dayFrom(int d) {
        return Math.max(0, start - (firstDay + d) * DAY);
    }

    /** The end (exclusive) of day d within the span, in seconds of the day. */
    private long dayTo(int d) {
        return Math.min(DAY, end - (firstDay + d) * DAY);
    }

    /** Weight·seconds of the day before second s. */
    private double inDay(long s) {
        int h = (int) Math.min(23, s / HOUR);
        return hourCumulative[h] + hourWeights[h] * (s - h * HOUR);
    }

    /** The second of the day where the within-day cumulative weight reaches y. */
    private long secondOf(double y) {
        int h = 0;
        while (h < lastHour && (hourCumulative[h + 1] <= y || hourWeights[h] == 0)) {
            h++;
        }
        double offset = hourWeights[h] == 0 ? 0 : (y - hourCumulative[h]) / hourWeights[h];
        return h * HOUR + (long) Math.max(0, Math.min(HOUR - 1, offset));
    }
}
