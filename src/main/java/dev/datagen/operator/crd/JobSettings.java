package dev.datagen.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class JobSettings {
    @JsonPropertyDescription("Container image running datagen. Default: the operator's datagen.operator.job-image.")
    private String image;

    @JsonPropertyDescription("CPU and memory requests and limits of the datagen container. Default: the operator's.")
    private ResourceRequirements resources;

    @JsonPropertyDescription("Service account of the Job's pod (e.g. one with an IAM role for object storage).")
    private String serviceAccountName;

    @JsonPropertyDescription("Retries of a failed generation. Default 0: a failure is reported, not retried blindly.")
    @Min(0)
    private Integer backoffLimit;

    @JsonPropertyDescription("Seconds the Job may run before it is stopped and marked failed. Default: the operator's.")
    @Min(1)
    private Long activeDeadlineSeconds;

    @JsonPropertyDescription("Node labels the Job's pod must match.")
    private Map<String, String> nodeSelector;

    @JsonPropertyDescription("Tolerations of the Job's pod.")
    private List<Toleration> tolerations;

    @JsonPropertyDescription("Extra labels on the Job's pod (e.g. for network policies).")
    private Map<String, String> podLabels;

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public ResourceRequirements getResources() {
        return resources;
    }

    public void setResources(ResourceRequirements resources) {
        this.resources = resources;
    }

    public String getServiceAccountName() {
        return serviceAccountName;
    }

    public void setServiceAccountName(String serviceAccountName) {
        this.serviceAccountName = serviceAccountName;
    }

    public Integer getBackoffLimit() {
        return backoffLimit;
    }

    public void setBackoffLimit(Integer backoffLimit) {
        this.backoffLimit = backoffLimit;
    }

    public Long getActiveDeadlineSeconds() {
        return activeDeadlineSeconds;
    }

    public void setActiveDeadlineSeconds(Long activeDeadlineSeconds) {
        this.activeDeadlineSeconds = activeDeadlineSeconds;
    }

    public Map<String, String> getNodeSelector() {
        return nodeSelector;
    }

    public void setNodeSelector(Map<String, String> nodeSelector) {
        this.nodeSelector = nodeSelector;
    }

    public List<Toleration> getTolerations() {
        return tolerations;
    }

    public void setTolerations(List<Toleration> tolerations) {
        this.tolerations = tolerations;
    }

    public Map<String, String> getPodLabels() {
        return podLabels;
    }

    public void setPodLabels(Map<String, String> podLabels) {
        this.podLabels = podLabels;
    }
}
