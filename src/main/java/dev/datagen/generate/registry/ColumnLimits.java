package dev.datagen.generate.registry;

import dev.datagen.schema.Suggestions;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a column's values must satisfy, from its type and CHECK constraints, so a generator can
 * refuse settings that could not hold before anything is generated.
 *
 * @param numbers the numeric limits of a number column, else null
 * @param maxLength the longest text allowed (varchar(n), char(n), char_length CHECK), or -1
 * @param lengthSource what sets maxLength, for messages: "character varying(8)" or a CHECK
 * @param allowed the values of a CHECK (col IN (...)), else null
 * @param allowedSource that CHECK, for messages
 * @param enumType the enum type's name when the column is one, else null
 * @param enumLabels its labels, else null
 * @param minLength the fewest characters a CHECK allows (char_length(col) > 1), or 0
 * @param minLengthSource that CHECK, for messages
 */
public record ColumnLimits(NumberLimits numbers, int maxLength, String lengthSource, List<String> allowed, String allowedSource,
        String enumType, List<String> enumLabels, int minLength, String minLengthSource) {

    /** An error when {@code value} cannot be stored: not a label, not in the CHECK list, too long, not a number in range. */
    public void requireValue(String value, String what) {
        if (enumLabels != null && !enumLabels.contains(value)) {
            throw new IllegalArgumentException(Suggestions.withSuggestion(
                    what + " \"" + value + "\" is not a label of enum " + enumType, value, enumLabels));
        }
        if (allowed != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(Suggestions.withSuggestion(
                    what + " \"" + value + "\" is not allowed by " + allowedSource, value, allowed));
        }
        int length = value.codePointCount(0, value.length());
        requireLength(length, what + " \"" + value + "\"");
        if (length < minLength && numbers == null) {
            throw new IllegalArgumentException(what + " \"" + value + "\" has " + length + " characters, fewer than the " + minLength
                    + " that " + minLengthSource + " needs");
        }
        if (numbers != null) {
            BigDecimal number;
            try {
                number = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " \"" + value + "\" is not a number");
            }
            numbers.require(number, what);
        }
    }

    /** An error when values of {@code length} characters do not fit. */
    public void requireLength(long length, String what) {
        if (maxLength >= 0 && length > maxLength) {
            throw new IllegalArgumentException(what + " makes values of " + length + " characters, more than the "
                    + maxLength + " that " + lengthSource + " allows");
        }
    }

    /** An error when the column has a CHECK (col IN (...)) that {@code what} cannot be held to. */
    public void requireNoAllowedList(String what) {
        if (allowed != null) {
            throw new IllegalArgumentException(what + " cannot be held to " + allowedSource
                    + "; use weighted_enum with those values");
        }
    }
}
