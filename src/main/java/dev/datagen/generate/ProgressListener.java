package dev.datagen.generate;

/**
 * Hears how far generation has come. Calls may come from several threads at once (tables written in
 * parallel), but the calls for one table come in order from one thread.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void rowsWritten(TableKeys table, long rowsSoFar) {
        }

        @Override
        public void tableFinished(TableKeys table) {
        }
    };

    /** {@code rowsSoFar} rows of {@code table} have been written (the first call means it started). */
    void rowsWritten(TableKeys table, long rowsSoFar);

    /** Every row of the table, and its terminator, has been written. */
    void tableFinished(TableKeys table);
}
