package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Observed state, written only by the operator's status aggregator. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MockDatabaseStatus {
    @JsonPropertyDescription("The metadata.generation this status describes.")
    private Long observedGeneration;

    @JsonPropertyDescription("Ready, Progressing and Failed, with CamelCase reasons and human messages.")
    private List<Condition> conditions = new ArrayList<>();

    @JsonPropertyDescription("Pending, Running, Succeeded or Failed: a summary of the conditions for printer columns.")
    private Phase phase;

    @JsonPropertyDescription("The Job generating the data for the current spec.")
    private String jobName;

    @JsonPropertyDescription("Hash of the spec the Job ran for; an unchanged spec is never generated again.")
    private String specHash;

    @JsonPropertyDescription("When the Job started (RFC 3339).")
    private String startTime;

    @JsonPropertyDescription("When the Job finished, successfully or not (RFC 3339).")
    private String completionTime;

    @JsonPropertyDescription("What the Job reported: rows per table, size, checksum and location.")
    private Result result;

    @JsonPropertyDescription("One line on the current state, for people.")
    private String message;

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public void setConditions(List<Condition> conditions) {
        this.conditions = conditions;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public String getJobName() {
        return jobName;
    }

    public void setJobName(String jobName) {
        this.jobName = jobName;
    }

    public String getSpecHash() {
        return specHash;
    }

    public void setSpecHash(String specHash) {
        this.specHash = specHash;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getCompletionTime() {
        return completionTime;
    }

    public void setCompletionTime(String completionTime) {
        this.completionTime = completionTime;
    }

    public Result getResult() {
        return result;
    }

    public void setResult(Result result) {
        this.result = result;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MockDatabaseStatus s && Objects.equals(observedGeneration, s.observedGeneration)
                && Objects.equals(conditions, s.conditions) && phase == s.phase && Objects.equals(jobName, s.jobName)
                && Objects.equals(specHash, s.specHash) && Objects.equals(startTime, s.startTime)
                && Objects.equals(completionTime, s.completionTime) && Objects.equals(result, s.result)
                && Objects.equals(message, s.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(observedGeneration, conditions, phase, jobName, specHash, startTime, completionTime, result, message);
    }
}
