package dev.datagen.schema;

import java.util.List;
import java.util.stream.Collectors;

/** A schema that could not be read or is not valid, with every problem found. */
public class SchemaException extends Exception {
    private final String sourceName;
    private final transient List<Problem> problems;

    public SchemaException(String sourceName, List<Problem> problems) {
        super(format(sourceName, problems));
        this.sourceName = sourceName;
        this.problems = List.copyOf(problems);
    }

    /** The file name, or {@code <stdin>}. */
    public String sourceName() {
        return sourceName;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String sourceName, List<Problem> problems) {
        String header = problems.size() == 1
                ? sourceName + ": 1 problem"
                : sourceName + ": " + problems.size() + " problems";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
