package dev.datagen.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records unknown properties and wrongly typed values instead of letting Jackson stop at the first,
 * so one run reports them all. Values it skips come back as null (or 0/false for primitives); the
 * schema is never used when anything was collected. One instance per read.
 */
final class ProblemCollector extends DeserializationProblemHandler {
    private final List<Problem> problems = new ArrayList<>();
    private final String sourceName;

    ProblemCollector(String sourceName) {
        this.sourceName = sourceName;
    }

    List<Problem> problems() {
        return problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        List<String> known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).toList();
        String message = Suggestions.withSuggestion("unknown property \"" + propertyName + "\"", propertyName, known);
        problems.add(new Problem(holderPath(ctxt.getParser()), message));
        p.skipChildren();
        return true;
    }

    /**
     * The path of the object holding an unknown property. Records are built through their constructor,
     * so Jackson buffers unknown properties and reports them once the object is complete: then
     * {@code p} is a replay whose context chain is unreliable, and the real parser sits on the
     * object's END_OBJECT (its context already the parent). Otherwise the real parser is on the value.
     */
    private static String holderPath(JsonParser real) {
        JsonToken t = real.currentToken();
        JsonStreamContext context = real.getParsingContext();
        if (t == JsonToken.END_OBJECT) {
            return JsonTexts.pathOf(context, true);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return JsonTexts.pathOf(context, false);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        wrongType(p, targetType.getRawClass(), JsonTexts.found(p));
        p.skipChildren();
        return placeholder(targetType.getRawClass());
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) {
        wrongType(ctxt.getParser(), targetType, JsonTexts.text(valueToConvert));
        return placeholder(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) {
        wrongType(ctxt.getParser(), targetType, String.valueOf(valueToConvert));
        return placeholder(targetType);
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
            ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
        wrongType(p, instClass, JsonTexts.found(p));
        p.skipChildren();
        return null;
    }

    private void wrongType(JsonParser p, Class<?> target, String found) {
        JsonLocation at = p.currentTokenLocation();
        String path = JsonTexts.pathOf(p.getParsingContext(), true);
        String message = "expected " + JsonTexts.expected(target) + ", got " + found;
        problems.add(located(sourceName, path, message, at));
    }

    /**
     * A problem at a source position: {@code path (line L, column C): message}, or for the document
     * itself (empty path) {@code source:L:C: message}, the way compilers print it.
     */
    static Problem located(String sourceName, String path, String message, JsonLocation at) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        if (path.isEmpty()) {
            String where = line > 0 ? sourceName + ":" + line + ":" + column : sourceName;
            return new Problem("", where + ": " + message, line, column);
        }
        return new Problem(path, message, line, column);
    }

    /** Something type-correct for Jackson to carry on with; never seen by callers. */
    private static Object placeholder(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        return null;
    }
}
