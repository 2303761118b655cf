package dev.datagen.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A TABLE DATA payload of INSERT statements, made the way pg_dump makes it ({@code dumpTableData_insert}
 * in pg_dump.c, {@code pg-archive-format.md} §5.2): pg_dump reads each value as the text the server
 * sends and quotes it by the column's type; here that text comes from the table's COPY payload,
 * unescaped. Numbers stay bare unless they are NaN/Infinity, booleans become {@code true}/{@code false},
 * everything else is a standard-conforming string literal ({@code '} doubled, backslashes as they are:
 * our archives always say standard_conforming_strings = on). The COPY payload ends at its {@code \.}
 * line; the INSERTs end with pg_dump's two blank lines.
 */
public final class InsertPayload implements TableData {

    /** How pg_dump quotes a column, decided by the type the server reports (a domain's base type). */
    public enum ValueKind {
        /** int2, int4, int8, oid, float4, float8, numeric: bare unless NaN/Infinity. */
        NUMBER,
        /** {@code t}/{@code f} (or another boolean spelling) become {@code true}/{@code false}. */
        BOOLEAN,
        /** Every other type: a string literal. */
        TEXT
    }

    private static final byte[] NULL = bytes("NULL");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    /** boolin's spellings, lower case (it also takes unambiguous prefixes, which COPY output never has). */
    private static final List<byte[]> TRUE_SPELLINGS = spellings("t", "true", "y", "yes", "on", "1");
    private static final List<byte[]> FALSE_SPELLINGS = spellings("f", "false", "n", "no", "off", "0");
    /** What pg_dump lets through unquoted in a numeric value (its strspn check). */
    private static final String BARE_NUMBER_CHARS = "0123456789 +-eE.";

    private final byte[] statementStart;
    private final ValueKind[] kinds;
    private final InsertStyle style;
    private final TableData copy;

    /**
     * @param table   the schema-qualified, quoted table name
     * @param columns the quoted column names, in COPY order
     * @param copy    the table's COPY payload (rows, then the {@code \.} line)
     */
    public InsertPayload(String table, List<String> columns, List<ValueKind> kinds, InsertStyle style, TableData copy) {
        if (columns.isEmpty() || columns.size() != kinds.size()) {
            throw new IllegalArgumentException("need one value kind per column, and at least one column");
        }
        String names = style.columnNames() ? "(" + String.join(", ", columns) + ") " : "";
        this.statementStart = bytes("INSERT INTO " + table + " " + names + "VALUES");
        this.kinds = kinds.toArray(ValueKind[]::new);
        this.style = style;
        this.copy = copy;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Statements statements = new Statements(out);
        copy.writeTo(statements);
        statements.finish();
    }

    private static List<byte[]> spellings(String... words) {
        return Arrays.stream(words).map(InsertPayload::bytes).toList();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Receives COPY text, turns each complete line into an INSERT row. Memory: one line and one row. */
    private final class Statements extends OutputStream {
        private final OutputStream out;
        private final ByteBuffer line = new ByteBuffer();
        private final ByteBuffer row = new ByteBuffer();
        private final ByteBuffer value = new ByteBuffer();
        private int rowsThisStatement;
        private boolean endOfData;

        Statements(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int end = off + len;
            while (off < end && !endOfData) {
                int lf = indexOf(b, off, end, (byte) '\n');
                if (lf < 0) {
                    line.append(b, off, end - off);
                    return;
                }
                line.append(b, off, lf - off);
                off = lf + 1;
                row(line.bytes, line.length);
                line.length = 0;
            }
        }

        @Override
        public void flush() {
            // Statement boundaries come from rows, not from the payload's flushes.
        }

        @Override
        public void close() {
            // finish() ends the statements; the target belongs to the archive writer.
        }

        void finish() throws IOException {
            if (!endOfData) {
                throw new IOException("COPY payload ended without its \\. line");
            }
            row.length = 0;
            if (rowsThisStatement > 0) {
                row.append(";\n");
            }
            row.append("\n\n");
            out.write(row.bytes, 0, row.length);
        }

        private void row(byte[] b, int len) throws IOException {
            if (len == 2 && b[0] == '\\' && b[1] == '.') {
                endOfData = true;
                return;
            }
            row.length = 0;
            if (rowsThisStatement == 0) {
                row.append(statementStart);
            }
            row.append(style.rowsPerStatement() == 1 ? " (" : rowsThisStatement > 0 ? ",\n\t(" : "\n\t(");
            int field = 0;
            int start = 0;
            for (int i = 0; i <= len; i++) {
                if (i == len || b[i] == '\t') {
                    if (field >= kinds.length) {
                        throw new IOException("COPY row has more than " + kinds.length + " values");
                    }
                    if (field > 0) {
                        row.append(", ");
                    }
                    appendValue(kinds[field++], b, start, i);
                    start = i + 1;
                }
            }
            if (field != kinds.length) {
                throw new IOException("COPY row has " + field + " values, expected " + kinds.length);
            }
            row.append(")");
            if (++rowsThisStatement >= style.rowsPerStatement()) {
                row.append(";\n");
                rowsThisStatement = 0;
            }
            out.write(row.bytes, 0, row.length);
        }

        private void appendValue(ValueKind kind, byte[] b, int from, int to) {
            if (to - from == 2 && b[from] == '\\' && b[from + 1] == 'N') {
                row.append(NULL);
                return;
            }
            value.length = 0;
            unescape(b, from, to);
            switch (kind) {
                case NUMBER -> {
                    boolean bare = isBareNumber();
                    if (!bare) {
                        row.append("'");
                    }
                    row.append(value.bytes, 0, value.length);
                    if (!bare) {
                        row.append("'");
                    }
                }
                case BOOLEAN -> appendBoolean();
                case TEXT -> appendLiteral();
            }
        }

        /** A standard-conforming string literal: quotes doubled, everything else as it is. */
        private void appendLiteral() {
            row.append("'");
            for (int i = 0; i < value.length; i++) {
                byte c = value.bytes[i];
                if (c == '\'') {
                    row.append((byte) '\'');
                }
                row.append(c);
            }
            row.append("'");
        }

        /**
         * pg_dump sees the server's {@code t}/{@code f}; a COPY payload may spell a boolean any way the
         * server accepts (our generators write {@code true}/{@code false}). Anything else stays a
         * literal, for the server to judge as it would in COPY.
         */
        private void appendBoolean() {
            if (valueIsOneOf(TRUE_SPELLINGS)) {
                row.append(TRUE);
            } else if (valueIsOneOf(FALSE_SPELLINGS)) {
                row.append(FALSE);
            } else {
                appendLiteral();
            }
        }

        /** Case-insensitive comparison with ASCII spellings, without allocating. */
        private boolean valueIsOneOf(List<byte[]> spellings) {
            for (byte[] spelling : spellings) {
                if (spelling.length == value.length) {
                    int i = 0;
                    while (i < spelling.length && lowerAscii(value.bytes[i]) == spelling[i]) {
                        i++;
                    }
                    if (i == spelling.length) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static byte lowerAscii(byte b) {
            return b >= 'A' && b <= 'Z' ? (byte) (b | 0x20) : b;
        }

        private boolean isBareNumber() {
            for (int i = 0; i < value.length; i++) {
                if (BARE_NUMBER_CHARS.indexOf(value.bytes[i]) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** COPY text escapes as the server writes them; a backslash before any other byte keeps that byte. */
        private void unescape(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (c != '\\' || i + 1 == to) {
                    value.append(c);
                    continue;
                }
                byte e = b[++i];
                value.append(switch (e) {
                    case 'b' -> (byte) '\b';
                    case 'f' -> (byte) '\f';
                    case 'n' -> (byte) '\n';
                    case 'r' -> (byte) '\r';
                    case 't' -> (byte) '\t';
                    case 'v' -> (byte) 0x0B;
                    default -> e;
                });
            }
        }

        private static int indexOf(byte[] b, int from, int to, byte wanted) {
            for (int i = from; i < to; i++) {
                if (b[i] == wanted) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A growable byte array, reused for every row. */
    private static final class ByteBuffer {
        byte[] bytes = new byte[256];
        int length;

        void append(byte b) {
            ensure(1);
            bytes[length++] = b;
        }

        void append(byte[] b) {
            append(b, 0, b.length);
        }

        void append(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, length, len);
            length += len;
        }

        void append(String ascii) {
            ensure(ascii.length());
            for (int i = 0; i < ascii.length(); i++) {
                bytes[length++] = (byte) ascii.charAt(i);
            }
        }

        private void ensure(int extra) {
            if (length + extra > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
            }
        }
    }
}
