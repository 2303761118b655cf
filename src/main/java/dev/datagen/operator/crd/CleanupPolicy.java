package dev.datagen.operator.crd;

/** Whether deleting a MockDatabase also removes the data it generated (Kubernetes' Retain/Delete vocabulary). */
public enum CleanupPolicy {
    Retain, Delete
}
