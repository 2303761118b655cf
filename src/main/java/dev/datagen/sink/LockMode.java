package dev.datagen.sink;

/**
 * PostgreSQL's table lock modes, weakest first, with the server's conflict table (the manual's
 * "Explicit Locking", table 13.2). The scheduler never starts two tasks whose locks conflict, so no
 * statement of the load waits for another's lock and none can deadlock.
 */
enum LockMode {
    /** SELECT. */
    ACCESS_SHARE,
    /** The referenced table of ALTER TABLE ... VALIDATE CONSTRAINT of a foreign key. */
    ROW_SHARE,
    /** COPY. */
    ROW_EXCLUSIVE,
    /** ANALYZE, ALTER TABLE ... VALIDATE CONSTRAINT. */
    SHARE_UPDATE_EXCLUSIVE,
    /** CREATE INDEX. */
    SHARE,
    /** ALTER TABLE ... ADD FOREIGN KEY (on both tables), CREATE TRIGGER. */
    SHARE_ROW_EXCLUSIVE,
    EXCLUSIVE,
    /** ALTER TABLE ... ADD PRIMARY KEY / UNIQUE (also USING INDEX), ADD CHECK, CREATE RULE. */
    ACCESS_EXCLUSIVE;

    /** Bit i set: conflicts with the mode of ordinal i. */
    private static final int[] CONFLICTS = {
        1 << 7,                                 // ACCESS SHARE: ACCESS EXCLUSIVE
        0b1100_0000,                            // ROW SHARE: EXCLUSIVE, ACCESS EXCLUSIVE
        0b1111_0000,                            // ROW EXCLUSIVE: SHARE and stronger
        0b1111_1000,                            // SHARE UPDATE EXCLUSIVE: itself and stronger
        0b1110_1100,                            // SHARE: ROW EXCLUSIVE, SHARE UPDATE EXCLUSIVE, SHARE ROW EXCLUSIVE and stronger
        0b1111_1100,                            // SHARE ROW EXCLUSIVE: ROW EXCLUSIVE and stronger
        0b1111_1110,                            // EXCLUSIVE: all but ACCESS SHARE
        0b1111_1111,                            // ACCESS EXCLUSIVE: all
    };

    boolean conflictsWith(LockMode other) {
        return (CONFLICTS[ordinal()] & (1 << other.ordinal())) != 0;
    }
}
