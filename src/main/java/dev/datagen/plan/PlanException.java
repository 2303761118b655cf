package dev.datagen.plan;

import dev.datagen.schema.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The schema is valid JSON and well-formed, but cannot be generated as asked. */
public class PlanException extends Exception {
    private final List<Problem> problems;

    public PlanException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
