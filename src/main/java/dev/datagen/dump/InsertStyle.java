package dev.datagen.dump;

/**
 * pg_dump's {@code --inserts} family: TABLE DATA as INSERT statements instead of COPY.
 *
 * @param columnNames      {@code --column-inserts}: name the columns in each statement
 * @param rowsPerStatement {@code --rows-per-insert N}: rows per INSERT (1 for plain {@code --inserts})
 */
public record InsertStyle(boolean columnNames, int rowsPerStatement) {

    public static final InsertStyle INSERTS = new InsertStyle(false, 1);

    public InsertStyle {
        if (rowsPerStatement < 1) {
            throw new IllegalArgumentException("rows per INSERT must be at least 1: " + rowsPerStatement);
        }
    }
}
