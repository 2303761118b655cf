package dev.datagen.generate.faker;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * A locale's {@link Vocabulary} as built at build time, so that a run decodes its pools in
 * milliseconds instead of loading Datafaker and parsing its YAML (seconds in a cold JVM). The build
 * runs {@link #main} after compiling; a run reads {@code dev/datagen/vocabulary/<tag>.bin} when there
 * is one and builds from Datafaker when there is none or it does not decode.
 *
 * <p>Writing and reading share one list of fields, the {@link Mirror} constructors of
 * {@link Vocabulary} and {@link Vocabulary.Place}: a writer looks each named field up in the object
 * it copies (reflection, at build time only) and writes it; a reader reads it. The order cannot
 * drift, and {@link #main} fails the build when a field was named wrong (its copy then differs).
 * The fields are named, not given as getter lambdas, because some 60 lambdas cost more than the
 * whole decoding in a cold JVM.
 */
public final class VocabularySnapshot {
    private static final int MAGIC = 0x44475643;   // "DGVC"
    /** Bump when the encoding or the Mirror field list changes (a mismatched snapshot is then ignored). */
    static final int FORMAT = 1;
    private static final String DIRECTORY = "dev/datagen/vocabulary";
    /**
     * The class files of the code that builds the pools (every class of this package but the snapshot's
     * own; a test keeps the list complete): a snapshot made by other code, as a stale target/classes
     * holds after an IDE build, is ignored. Named, not found through their classes: loading those costs
     * more than the whole decoding.
     */
    static final List<String> BUILDERS = List.of("Ascii", "FakerLocales", "FakerLocales$Shipped", "Geography", "Geography$Box",
            "LocaleFormats", "LocaleFormats$AddressStyle", "Vocabulary", "Vocabulary$Place");
    private static final String DATAFAKER_VERSION = "/META-INF/maven/net.datafaker/datafaker/pom.properties";

    private VocabularySnapshot() {
    }

    /** Copies the named field of the object being built: from its source when writing, from the stream when reading. */
    public interface Mirror {
        String string(String field) throws IOException;

        String[] strings(String field) throws IOException;

        boolean bool(String field) throws IOException;

        double real(String field) throws IOException;

        Locale locale(String field) throws IOException;

        LocaleFormats.AddressStyle addressStyle(String field) throws IOException;

        Vocabulary.Place[] places(String field) throws IOException;
    }

    /** Writes each locale's snapshot into the class directory {@code args[0]}; {@code args[1..]} are locales (en_US). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(DIRECTORY);
        Files.createDirectories(dir);
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split("_");
            Locale locale = new Locale(parts[0], parts[1]);
            Vocabulary built = Vocabulary.build(locale);
            Path file = dir.resolve(fileName(locale));
            Files.deleteIfExists(file);   // a failed build leaves none behind, and a run then builds from Datafaker
            Path written = dir.resolve(fileName(locale) + ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written))) {
                    write(built, out);
                }
                Vocabulary decoded = read(Files.newInputStream(written), locale);
                List<String> wrong = decoded == null ? List.of("(does not decode)") : differences(decoded, built);
                if (!wrong.isEmpty()) {
                    throw new IllegalStateException("the vocabulary snapshot of " + locale + " differs from the built pools in "
                            + wrong);
                }
                Files.move(written, file);
            } finally {
                Files.deleteIfExists(written);
            }
        }
    }

    static void write(Vocabulary vocabulary, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        byte[] fingerprint = sourceFingerprint();
        if (fingerprint == null) {
            throw new IllegalStateException("the classes that build the vocabulary are not readable as resources");
        }
        out.write(fingerprint);
        new Vocabulary(new Writer(vocabulary, out));
        out.flush();
    }

    /** The locale's snapshot on the class path, or null when the build made none. */
    static InputStream open(Locale locale) {
        return VocabularySnapshot.class.getResourceAsStream("/" + DIRECTORY + "/" + fileName(locale));
    }

    /**
     * Decodes (and closes) a snapshot; null when there is none, or it is of another format, of other
     * code or Datafaker version (see {@link #sourceFingerprint}), of another locale, cut short, or has
     * bytes left over.
     */
    static Vocabulary read(InputStream stream, Locale locale) {
        if (stream == null) {
            return null;
        }
        try (stream) {
            // a ByteBuffer, not a DataInputStream over a BufferedInputStream: no synchronized read per int
            ByteBuffer in = ByteBuffer.wrap(stream.readAllBytes());
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                return null;
            }
            byte[] madeBy = new byte[FINGERPRINT_BYTES];
            in.get(madeBy);
            byte[] current = sourceFingerprint();
            if (current != null && !Arrays.equals(madeBy, current)) {
                return null;
            }
            Vocabulary v = new Vocabulary(new Reader(in));
            return !in.hasRemaining() && v.locale.equals(locale) ? v : null;
        } catch (IOException | RuntimeException e) {
            return null;   // cut short, misaligned (a null or unknown enum constant where a value belongs): build instead
        }
    }

    private static final int FINGERPRINT_BYTES = 16;

    /**
     * CRC-32C and total length of the class files of the code that builds the pools (nested classes
     * included) and of Datafaker's version — a check against stale builds, not against tampering, and
     * cheap in a cold JVM (a MessageDigest costs more than the whole decoding); null where class files
     * are not resources (a native image, which is always built with its snapshot from the same classes).
     */
    static byte[] sourceFingerprint() {
        CRC32C crc = new CRC32C();
        long length = 0;
        try {
            for (String builder : BUILDERS) {
                try (InputStream in = VocabularySnapshot.class.getResourceAsStream(builder + ".class")) {
                    if (in == null) {
                        return null;
                    }
                    byte[] bytes = in.readAllBytes();
                    crc.update(bytes);
                    length += bytes.length;
                }
            }
            try (InputStream in = VocabularySnapshot.class.getResourceAsStream(DATAFAKER_VERSION)) {   // not Faker.class: loading it costs 50 ms
                byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
                crc.update(bytes);
                length += bytes.length;
            }
        } catch (IOException e) {
            return null;
        }
        return ByteBuffer.allocate(FINGERPRINT_BYTES).putLong(crc.getValue()).putLong(length).array();
    }

    /** The names of the instance fields whose values differ (arrays element by element, places as records). */
    static List<String> differences(Vocabulary a, Vocabulary b) {
        return instanceFields().stream().filter(f -> !Objects.deepEquals(value(f, a), value(f, b))).map(Field::getName)
                .toList();
    }

    static List<Field> instanceFields() {
        return Arrays.stream(Vocabulary.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toList();
    }

    private static Object value(Field field, Object source) {
        try {
            field.setAccessible(true);
            return field.get(source);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Locale locale) {
        return locale.toLanguageTag() + ".bin";
    }

    /** Writes each field's value in {@code source}. */
    private record Writer(Object source, DataOutputStream out) implements Mirror {
        private Object get(String field) {
            try {
                return value(source.getClass().getDeclaredField(field), source);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(source.getClass().getSimpleName() + " has no field " + field, e);
            }
        }

        private String put(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
            } else {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            return s;
        }

        @Override
        public String string(String field) throws IOException {
            return put((String) get(field));
        }

        @Override
        public String[] strings(String field) throws IOException {
            String[] values = (String[]) get(field);
            out.writeInt(values.length);
            for (String s : values) {
                put(s);
            }
            return values;
        }

        @Override
        public boolean bool(String field) throws IOException {
            boolean b = (Boolean) get(field);
            out.writeBoolean(b);
            return b;
        }

        @Override
        public double real(String field) throws IOException {
            double d = (Double) get(field);
            out.writeDouble(d);
            return d;
        }

        @Override
        public Locale locale(String field) throws IOException {
            return Locale.forLanguageTag(put(((Locale) get(field)).toLanguageTag()));
        }

        @Override
        public LocaleFormats.AddressStyle addressStyle(String field) throws IOException {
            return LocaleFormats.AddressStyle.valueOf(put(((LocaleFormats.AddressStyle) get(field)).name()));
        }

        @Override
        public Vocabulary.Place[] places(String field) throws IOException {
            Vocabulary.Place[] values = (Vocabulary.Place[]) get(field);
            out.writeInt(values.length);
            for (Vocabulary.Place p : values) {
                Vocabulary.Place.mirror(new Writer(p, out));
            }
            return values;
        }
    }

    /** Reads each field in the order the writer wrote it. */
    private record Reader(ByteBuffer in) implements Mirror {
        /** A length or count, each unit at least a byte: a larger one is corrupt (and must not be allocated). */
        private int length() {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new BufferUnderflowException();
            }
            return n;
        }

        @Override
        public String string(String field) {
            if (in.getInt(in.position()) == -1) {
                in.getInt();
                return null;
            }
            int length = length();
            String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return s;
        }

        @Override
        public String[] strings(String field) {
            String[] values = new String[length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = string(field);
            }
            return values;
        }

        @Override
        public boolean bool(String field) {
            return in.get() != 0;
        }

        @Override
        public double real(String field) {
            return in.getDouble();
        }

        @Override
        public Locale locale(String field) {
            return Locale.forLanguageTag(string(field));
        }

        @Override
        public LocaleFormats.AddressStyle addressStyle(String field) {
            return LocaleFormats.AddressStyle.valueOf(string(field));
        }

        @Override
        public Vocabulary.Place[] places(String field) throws IOException {
            Vocabulary.Place[] values = new Vocabulary.Place[length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Vocabulary.Place.mirror(this);
            }
            return values;
        }
    }
}
