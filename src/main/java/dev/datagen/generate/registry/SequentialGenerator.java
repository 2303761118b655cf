package dev.datagen.generate.registry;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.value.TimeGenerators;
import java.math.BigDecimal;
import java.util.Set;

/**
 * {@code start + row × step} (alias {@code increment}): numbers (default 1, 2, 3, ...), text
 * digits, or dates and timestamps ({@code start} an ISO date, {@code step} a duration such as "1d";
 * by default the series ends at the reference instant). Distinct per row whenever step is not 0.
 */
final class SequentialGenerator implements GeneratorFactory {
    @Override
    public Set<String> configKeys() {
        return Set.of("start", "step", "increment");
    }

    @Override
    public ColumnGenerator create(GeneratorRequest request) {
        GeneratorConfig config = request.config();
        if (config.has("step") && config.has("increment")) {
            throw config.error("step", "and " + config.name("increment") + " both given; use one");
        }
        String stepKey = config.has("increment") ? "increment" : "step";
        if (request.isTime()) {
            return time(request, stepKey);
        }
        BigDecimal start = config.decimal("start") != null ? config.decimal("start") : BigDecimal.ONE;
        BigDecimal step = config.decimal(stepKey) != null ? config.decimal(stepKey) : BigDecimal.ONE;
        BigDecimal last = start.add(step.multiply(BigDecimal.valueOf(Math.max(0, request.rowCount() - 1))));
        if (request.isNumber()) {
            NumberLimits limits = request.limits().numbers();
            limits.require(start, "sequential start");
            limits.require(last, "sequential value of row " + request.rowCount() + ",");
            long from = limits.unscaled(start);
            long by = limits.unscaled(step);
            return (row, out) -> limits.write(from + row.row() * by, out);
        }
        if (!request.isText()) {
            throw request.wrongType("sequential", "a number, text, date or timestamp column");
        }
        long from = wholeNumber(config, "start", start);
        long by = wholeNumber(config, stepKey, step);
        request.limits().requireNoAllowedList("sequential");
        request.limits().requireLength(Math.max(Long.toString(from).length(), last.toPlainString().length()), "sequential");
        return (row, out) -> out.text(Long.toString(from + row.row() * by));
    }

    @Override
    public ColumnGenerator createUnique(GeneratorRequest request) {
        String stepKey = request.config().has("increment") ? "increment" : "step";
        if (request.isTime()) { // a duration: time() refuses a zero step for unique columns as well
            return TimeValues.seconds(request.config(), stepKey, 1) == 0 ? null : create(request);
        }
        BigDecimal step = request.config().decimal(stepKey);
        return step != null && step.signum() == 0 ? null : create(request);
    }

    private static ColumnGenerator time(GeneratorRequest request, String stepKey) {
        GeneratorConfig config = request.config();
        long step = TimeValues.seconds(config, stepKey, request.isDate() ? 86400 : 3600);
        if (request.isDate() && step % 86400 != 0) {
            throw config.error(stepKey, "must be whole days for a date column");
        }
        long span = Math.multiplyExact(step, Math.max(0, request.rowCount() - 1));
        long start = TimeValues.epochSecond(config, "start", request.reference().getEpochSecond() - span);
        boolean date = request.isDate();
        boolean zone = request.withZone();
        return (row, out) -> {
            long t = start + row.row() * step;
            out.text(date ? TimeGenerators.dateOf(t) : TimeGenerators.format(t, zone));
        };
    }

    private static long wholeNumber(GeneratorConfig config, String key, BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw config.error(key, "must be a whole number for a text column, got " + value.toPlainString());
        }
    }
}
