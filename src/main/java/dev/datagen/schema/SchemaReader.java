package dev.datagen.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a schema document (JSON, or YAML for {@code .yaml}/{@code .yml} files and for text that does
 * not start with '{') into a {@link Schema}. Only reading: the content is checked by
 * {@link SchemaValidator}. Every failure is a {@link SchemaException} listing all problems found:
 * syntax errors stop reading, but unknown properties and wrongly typed values are all collected.
 * Thread-safe and reusable.
 */
public final class SchemaReader {
    private final ObjectMapper json = configure(JsonMapper.builder(
            JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());
    private final ObjectMapper yaml = configure(YAMLMapper.builder(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                // 1.5 rows is a mistake, not 1 row
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Reads a file; the source name in messages is the path as given. */
    public Schema read(Path path) throws SchemaException {
        String name = path.toString();
        try {
            return parse(decode(Files.readAllBytes(path), name), name);
        } catch (NoSuchFileException e) {
            throw fail(name, "no such file");
        } catch (AccessDeniedException e) {
            throw fail(name, "permission denied");
        } catch (IOException e) {
            throw fail(name, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a whole stream, e.g. standard input with {@code sourceName} {@code <stdin>}. */
    public Schema read(InputStream in, String sourceName) throws SchemaException {
        try {
            return parse(decode(in.readAllBytes(), sourceName), sourceName);
        } catch (IOException e) {
            throw fail(sourceName, "cannot read the input: " + e.getMessage());
        }
    }

    /** Parses schema text; {@code sourceName} names it in messages and its extension selects YAML. */
    public Schema parse(String text, String sourceName) throws SchemaException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw fail(sourceName, "the schema is empty; expected an object such as {\"version\": \"1.0\", \"tables\": {...}}");
        }
        boolean isYaml = isYaml(body, sourceName);
        ProblemCollector collector = new ProblemCollector(sourceName);
        ObjectReader reader = (isYaml ? yaml : json).readerFor(Schema.class).withHandler(collector);
        List<Problem> problems = new ArrayList<>();
        Schema schema = null;
        try (JsonParser p = reader.createParser(body)) {
            schema = reader.readValue(p);
            problems.addAll(collector.problems());
            checkNothingFollows(p, sourceName, isYaml, problems);
        } catch (StreamReadException e) {
            problems.addAll(collector.problems());
            problems.add(isYaml ? yamlSyntax(sourceName, e) : SyntaxErrors.describe(sourceName, e));
        } catch (DatabindException e) {
            problems.addAll(collector.problems());
            StreamReadException syntax = syntaxCause(e);
            if (syntax != null) {
                problems.add(isYaml ? yamlSyntax(sourceName, syntax) : SyntaxErrors.describe(sourceName, syntax));
            } else {
                problems.add(mappingProblem(sourceName, e));
            }
        } catch (IOException e) {
            problems.add(new Problem("", sourceName + ": " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new SchemaException(sourceName, problems);
        }
        return schema;
    }

    private static boolean isYaml(String body, String sourceName) {
        String lower = sourceName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return true;
        }
        return body.strip().charAt(0) != '{';
    }

    /** Text after the top-level object is an error, not something to ignore silently. */
    private static void checkNothingFollows(JsonParser p, String sourceName, boolean isYaml, List<Problem> problems) {
        try {
            if (p.nextToken() != null) {
                problems.add(ProblemCollector.located(sourceName, "",
                        "unexpected text after the end of the schema " + (isYaml ? "document" : "object"),
                        p.currentTokenLocation()));
            }
        } catch (StreamReadException e) {
            problems.add(ProblemCollector.located(sourceName, "",
                    "unexpected text after the end of the schema " + (isYaml ? "document" : "object"), e.getLocation()));
        } catch (IOException e) {
            problems.add(new Problem("", sourceName + ": " + e.getMessage()));
        }
    }

    /** Jackson wraps parse errors met while binding (e.g. inside a record) in a mapping exception. */
    private static StreamReadException syntaxCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s) {
                return s;
            }
        }
        return null;
    }

    /** Type errors the collector could not take over (e.g. 1.5 for a whole number). */
    private static Problem mappingProblem(String sourceName, DatabindException e) {
        String path = pathOf(e);
        String message;
        if (e instanceof InvalidFormatException ife) {
            message = "expected " + JsonTexts.expected(ife.getTargetType()) + ", got " + JsonTexts.found(ife.getValue());
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            message = "expected " + JsonTexts.expected(mie.getTargetType()) + ", got something else";
        } else {
            message = SyntaxErrors.firstLine(e.getOriginalMessage());
        }
        return ProblemCollector.located(sourceName, path, message, e.getLocation());
    }

    private static String pathOf(DatabindException e) {
        if (!(e instanceof JsonMappingException jme)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : jme.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** SnakeYAML explains itself well enough; keep its problem line and position. */
    private static Problem yamlSyntax(String sourceName, StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem().trim();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext().trim() + ")";
            int line = mark.getLine() + 1;
            int column = mark.getColumn() + 1;
            return new Problem("", sourceName + ":" + line + ":" + column + ": " + problem + context, line, column);
        }
        return ProblemCollector.located(sourceName, "", SyntaxErrors.explain(e.getOriginalMessage()), e.getLocation());
    }

    private static String decode(byte[] bytes, String sourceName) throws SchemaException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail(sourceName, "not UTF-8 text");
        }
    }

    private static SchemaException fail(String sourceName, String message) {
        return new SchemaException(sourceName, List.of(new Problem("", sourceName + ": " + message)));
    }
}
