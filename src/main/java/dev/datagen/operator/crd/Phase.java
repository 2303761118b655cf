package dev.datagen.operator.crd;

/** The status' one-word summary (derived from the conditions; what printer columns and Argo CD read). */
public enum Phase {
    Pending, Running, Succeeded, Failed;

    public boolean finished() {
        return this == Succeeded || this == Failed;
    }
}
