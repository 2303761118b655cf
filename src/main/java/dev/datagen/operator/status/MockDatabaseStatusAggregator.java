package dev.datagen.operator.status;

import dev.datagen.operator.SpecCheck;
import dev.datagen.operator.crd.MockDatabaseStatus;
import dev.datagen.operator.crd.Phase;
import dev.datagen.operator.crd.Result;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a MockDatabase's status from what was observed: three conditions (Ready, Progressing,
 * Failed) with CamelCase reasons, the phase derived from them, and the Job's times and summary.
 * A condition keeps its lastTransitionTime while its status stays the same.
 */
public final class MockDatabaseStatusAggregator {
    public static final String READY = "Ready";
    public static final String PROGRESSING = "Progressing";
    public static final String FAILED = "Failed";
    public static final String JOB_CREATED = "JobCreated";
    public static final String JOB_RUNNING = "JobRunning";
    public static final String SUCCEEDED = "Succeeded";
    public static final String JOB_FAILED = "JobFailed";
    public static final String JOB_REPLACING = "ReplacingJob";

    private final MockDatabaseStatus previous;
    private final long generation;
    private final Instant now;

    public MockDatabaseStatusAggregator(MockDatabaseStatus previous, Long generation, Instant now) {
        this.previous = previous;
        this.generation = generation == null ? 0 : generation;
        this.now = now;
    }

    /**
     * Whether a Job ran to its end for this spec hash (generated the data, or failed): no new Job then, even if
     * its Job is gone. A spec that failed its check ran no Job (no jobName) and is looked at again.
     */
    public boolean finishedFor(String specHash) {
        return previous != null && specHash.equals(previous.getSpecHash()) && previous.getJobName() != null
                && previous.getPhase() != null && previous.getPhase().finished();
    }

    /** The spec cannot run: no Job, Ready=False and Failed=True with the check's reason. */
    public MockDatabaseStatus invalid(SpecCheck.Problem problem, String specHash) {
        MockDatabaseStatus s = base(specHash);
        s.setPhase(Phase.Failed);
        s.setMessage(problem.message());
        s.setConditions(conditions(false, false, true, problem.reason(), problem.message()));
        return s;
    }

    /** Jobs of an older spec are still being deleted (their pods may still write): the new Job waits for them. */
    public MockDatabaseStatus waitingFor(String specHash, java.util.Collection<String> oldJobs) {
        MockDatabaseStatus s = base(specHash);
        s.setPhase(Phase.Pending);
        s.setMessage("Waiting for Job " + String.join(", ", oldJobs) + " of the previous spec to be deleted before the new one starts");
        s.setConditions(conditions(false, true, false, JOB_REPLACING, s.getMessage()));
        return s;
    }

    /** The finished record for an unchanged spec whose Job was cleaned up: kept as it is, for this generation. */
    public MockDatabaseStatus unchanged() {
        MockDatabaseStatus s = copyOfPrevious();
        s.setObservedGeneration(generation);
        s.getConditions().forEach(c -> c.setObservedGeneration(generation));
        return s;
    }

    /**
     * The status for the current spec's Job.
     *
     * @param job                null while the Job is not yet observed
     * @param terminationMessage read only when the Job has finished and its result is not yet known
     */
    public MockDatabaseStatus forJob(String specHash, String jobName, Job job, Supplier<Optional<String>> terminationMessage) {
        MockDatabaseStatus s = base(specHash);
        s.setJobName(jobName);
        JobStatus js = job == null ? null : job.getStatus();
        s.setStartTime(js == null ? null : js.getStartTime());
        if (jobCondition(js, "Complete")) {
            Optional<JobSummary> summary = terminationMessage.get().flatMap(JobSummary::parse);
            s.setPhase(Phase.Succeeded);
            s.setCompletionTime(Optional.ofNullable(js.getCompletionTime()).orElse(conditionTime(js, "Complete")));
            s.setResult(summary.map(JobSummary::result).orElse(null));
            s.setMessage(successMessage(s.getResult()));
            s.setConditions(conditions(true, false, false, SUCCEEDED, s.getMessage()));
        } else if (jobCondition(js, "Failed")) {
            Optional<String> raw = terminationMessage.get();
            Optional<JobSummary> summary = raw.flatMap(JobSummary::parse);
            s.setPhase(Phase.Failed);
            s.setCompletionTime(conditionTime(js, "Failed"));
            s.setResult(summary.filter(x -> x.result().totalRows() != null || x.result().location() != null).map(JobSummary::result).orElse(null));
            s.setMessage(failureMessage(jobName, js, summary, raw));
            s.setConditions(conditions(false, false, true, JOB_FAILED, s.getMessage()));
        } else if (js != null && js.getActive() != null && js.getActive() > 0) {
            s.setPhase(Phase.Running);
            s.setMessage("Job " + jobName + " is generating the data");
            s.setConditions(conditions(false, true, false, JOB_RUNNING, s.getMessage()));
        } else {
            s.setPhase(Phase.Pending);
            s.setMessage("Job " + jobName + " created, waiting for its pod to start");
            s.setConditions(conditions(false, true, false, JOB_CREATED, s.getMessage()));
        }
        return s;
    }

    private MockDatabaseStatus base(String specHash) {
        MockDatabaseStatus s = new MockDatabaseStatus();
        s.setObservedGeneration(generation);
        s.setSpecHash(specHash);
        return s;
    }

    /** The three conditions, all with the same reason and message. */
    private List<Condition> conditions(boolean ready, boolean progressing, boolean failed, String reason, String message) {
        List<Condition> list = new ArrayList<>();
        list.add(condition(READY, ready, reason, message));
        list.add(condition(PROGRESSING, progressing, reason, message));
        list.add(condition(FAILED, failed, reason, message));
        return list;
    }

    private Condition condition(String type, boolean value, String reason, String message) {
        String status = value ? "True" : "False";
        String since = previousCondition(type).filter(c -> status.equals(c.getStatus())).map(Condition::getLastTransitionTime)
                .orElse(now.toString());
        return new ConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withObservedGeneration(generation).withLastTransitionTime(since).build();
    }

    private Optional<Condition> previousCondition(String type) {
        return previous == null || previous.getConditions() == null ? Optional.empty()
                : previous.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    private MockDatabaseStatus copyOfPrevious() {
        MockDatabaseStatus s = new MockDatabaseStatus();
        s.setSpecHash(previous.getSpecHash());
        s.setPhase(previous.getPhase());
        s.setJobName(previous.getJobName());
        s.setStartTime(previous.getStartTime());
        s.setCompletionTime(previous.getCompletionTime());
        s.setResult(previous.getResult());
        s.setMessage(previous.getMessage());
        List<Condition> conditions = new ArrayList<>();
        previous.getConditions().forEach(c -> conditions.add(new ConditionBuilder(c).build()));
        s.setConditions(conditions);
        return s;
    }

    /** Whether the Job has condition {@code type} (Complete, Failed) with status True. */
    public static boolean jobCondition(JobStatus js, String type) {
        return js != null && js.getConditions() != null
                && js.getConditions().stream().anyMatch(c -> type.equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static String conditionTime(JobStatus js, String type) {
        return js.getConditions().stream().filter(c -> type.equals(c.getType())).map(JobCondition::getLastTransitionTime)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String successMessage(Result result) {
        if (result == null || result.totalRows() == null) {
            return "Data generated (the Job left no summary)";
        }
        StringBuilder m = new StringBuilder(String.format(Locale.ROOT, "Generated %,d rows", result.totalRows()));
        if (result.size() != null) {
            m.append(" (").append(result.size()).append(')');
        }
        if (result.location() != null) {
            m.append(" into ").append(result.location());
        }
        return m.toString();
    }

    /** The runner's one-line error when it wrote one, else the Job's own reason (e.g. DeadlineExceeded) and the message's last line. */
    private static String failureMessage(String jobName, JobStatus js, Optional<JobSummary> summary, Optional<String> raw) {
        String prefix = "Job " + jobName + " failed";
        if (summary.map(JobSummary::error).filter(e -> !e.isBlank()).isPresent()) {
            Integer exit = summary.get().exitCode();
            return prefix + (exit == null ? "" : " (exit code " + exit + ")") + ": " + summary.get().error();
        }
        List<String> parts = new ArrayList<>();
        js.getConditions().stream().filter(c -> "Failed".equals(c.getType()) && c.getReason() != null).findFirst()
                .ifPresent(c -> parts.add(c.getReason() + (c.getMessage() == null ? "" : ": " + c.getMessage())));
        raw.filter(r -> summary.isEmpty()).map(MockDatabaseStatusAggregator::lastLine).filter(l -> !l.isBlank()).ifPresent(parts::add);
        return parts.isEmpty() ? prefix : prefix + ": " + String.join(" — ", parts);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        String line = lines[lines.length - 1].strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
