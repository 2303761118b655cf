package dev.datagen.dump;

/** pg_dump's archive sections, with the numbers the archive formats store. */
public enum Section {
    /** Comments and ACLs: they follow the section of the entry before them. */
    NONE(1),
    PRE_DATA(2),
    DATA(3),
    POST_DATA(4);

    public final int code;

    Section(int code) {
        this.code = code;
    }
}
