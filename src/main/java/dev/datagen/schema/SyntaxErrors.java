package dev.datagen.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line, human wording for Jackson's parse errors. Jackson's own messages are multi-line, speak of
 * "tokens" and "markers" and end in {@code at [Source: ...]}; users need line, column and the fix.
 */
final class SyntaxErrors {
    private static final Pattern UNEXPECTED_CHAR =
            Pattern.compile("^Unexpected character \\((.+?)\\): (.*)$", Pattern.DOTALL);
    private static final Pattern CHAR_DESC = Pattern.compile("^'(.+)' \\(code \\d+.*\\)$", Pattern.DOTALL);
    private static final Pattern CTRL_DESC = Pattern.compile("^\\(CTRL-CHAR, code (\\d+)\\)$");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern OPEN_MARKER = Pattern.compile(
            ".*close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\].*", Pattern.DOTALL);
    private static final Pattern WRONG_CLOSE = Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at .*?line: (\\d+), column: (\\d+)\\].*",
            Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'.*", Pattern.DOTALL);

    private SyntaxErrors() {
    }

    /** {@code source:line:column: what was expected, found what}. */
    static Problem describe(String sourceName, StreamReadException e) {
        JsonLocation at = e.getLocation();
        return ProblemCollector.located(sourceName, "", explain(e.getOriginalMessage()), at);
    }

    static String explain(String raw) {
        String msg = firstLine(raw);
        Matcher m;
        if ((m = UNEXPECTED_CHAR.matcher(msg)).matches()) {
            return unexpectedChar(character(m.group(1)), m.group(2));
        }
        if ((m = UNRECOGNIZED.matcher(msg)).matches()) {
            return "expected a value, found '" + m.group(1) + "'; text values need double quotes";
        }
        if ((m = WRONG_CLOSE.matcher(raw)).matches()) {
            String opened = m.group(3).equals("Object") ? "object" : "list";
            return "found '" + m.group(1) + "' but the " + opened + " opened at line " + m.group(4) + ", column "
                    + m.group(5) + " must be closed with '" + m.group(2) + "' first";
        }
        if (msg.startsWith("Unexpected end-of-input")) {
            return endOfInput(raw);
        }
        if (msg.startsWith("Illegal unquoted character")) {
            return "line break or control character inside a string; close the string or escape it (\\n, \\t)";
        }
        if ((m = DUPLICATE.matcher(msg)).matches()) {
            return "duplicate key \"" + m.group(1) + "\"";
        }
        return msg.replaceAll(" \\(code \\d+\\)", "");
    }

    private static String unexpectedChar(String found, String expecting) {
        if (expecting.contains("comma to separate Object entries")) {
            return "expected ',' or '}' after a field, found " + found;
        }
        if (expecting.contains("comma to separate Array entries")) {
            return "expected ',' or ']' after a list element, found " + found;
        }
        if (expecting.contains("double-quote to start field name")) {
            if (found.equals("'}'")) {
                return "expected a field name after ',', found '}'; remove the trailing comma";
            }
            return "expected a field name in double quotes, found " + found;
        }
        if (expecting.contains("colon to separate field name and value")) {
            return "expected ':' after the field name, found " + found;
        }
        if (expecting.contains("comment")) {
            return "comments are not allowed in JSON, found " + found;
        }
        if (found.equals("']'")) {
            return "expected a value, found ']'; remove the trailing comma";
        }
        if (found.equals("'''")) {
            return "expected a value, found '''; JSON text needs double quotes";
        }
        return "expected a value, found " + found;
    }

    private static String endOfInput(String raw) {
        Matcher m = OPEN_MARKER.matcher(raw);
        if (m.matches()) {
            boolean object = m.group(1).equals("Object");
            return "unexpected end of input; the " + (object ? "object" : "list") + " opened at line " + m.group(2)
                    + ", column " + m.group(3) + " is not closed with '" + (object ? "}" : "]") + "'";
        }
        if (raw.contains("string value") || raw.contains("VALUE_STRING") || raw.contains("field name")) {
            return "unexpected end of input inside a string; a closing '\"' is missing";
        }
        return "unexpected end of input";
    }

    /** Jackson's character description, {@code '"' (code 34)}, as {@code '"'}. */
    private static String character(String desc) {
        Matcher m = CHAR_DESC.matcher(desc);
        if (m.matches()) {
            return "'" + m.group(1) + "'";
        }
        m = CTRL_DESC.matcher(desc);
        return m.matches() ? "a control character (code " + m.group(1) + ")" : desc;
    }

    /** The message without Jackson's {@code at [Source: ...]} tail and further lines. */
    static String firstLine(String raw) {
        if (raw == null) {
            return "cannot read the input";
        }
        String s = raw;
        int source = s.indexOf(" at [Source:");
        if (source >= 0) {
            s = s.substring(0, source);
        }
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }
}
