package dev.datagen.generate.faker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's snapshot decodes to exactly the pools Datafaker builds, field for field (every instance
 * field, by reflection); a snapshot that does not fit (another format, locale, cut short) is ignored
 * and the pools are built from Datafaker as before.
 */
class VocabularySnapshotTest {
    private static final Locale DE = Locale.GERMANY;
    private static Vocabulary builtUs;

    @BeforeAll
    static void build() {
        builtUs = Vocabulary.build(Locale.US);
    }

    @Test
    void theBuildsEnUsSnapshotHoldsWhatDatafakerBuilds() {
        Vocabulary decoded = VocabularySnapshot.read(VocabularySnapshot.open(Locale.US), Locale.US);
        assertThat(decoded).isNotNull();
        assertSameFields(decoded, builtUs);
        assertSameFields(Vocabulary.forLocale(Locale.US), builtUs);
    }

    @Test
    void anotherLocaleRoundTripsToo() throws IOException {
        Vocabulary built = Vocabulary.build(DE);
        assertSameFields(VocabularySnapshot.read(new ByteArrayInputStream(bytes(built)), DE), built);
    }

    @Test
    void aLocaleWithoutSnapshotIsBuiltFromDatafaker() {
        assertThat(VocabularySnapshot.open(DE)).isNull();
        assertSameFields(Vocabulary.fromSnapshotOrBuild(DE, null), Vocabulary.build(DE));
    }

    @Test
    void aSnapshotOfAnotherFormatVersionIsIgnored() throws IOException {
        byte[] snapshot = bytes(builtUs);
        ByteBuffer.wrap(snapshot).putInt(4, VocabularySnapshot.FORMAT + 1);
        assertFallsBack(snapshot, Locale.US);
    }

    @Test
    void aSnapshotMadeByOtherCodeIsIgnored() throws IOException {
        // bytes 8..23: the fingerprint of the classes that build the pools and of Datafaker's version
        byte[] snapshot = bytes(builtUs);
        assertThat(Arrays.copyOfRange(snapshot, 8, 24)).isEqualTo(VocabularySnapshot.sourceFingerprint());
        snapshot[8] ^= 1;
        assertFallsBack(snapshot, Locale.US);
    }

    @Test
    void theFingerprintCoversEveryClassOfThePackageButTheSnapshots() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(Vocabulary.class.getResource("Vocabulary.class").toURI()).getParent())) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".class", "")).filter(n -> !n.startsWith("VocabularySnapshot")))
                    .containsExactlyInAnyOrderElementsOf(VocabularySnapshot.BUILDERS);
        }
    }

    @Test
    void aMisalignedSnapshotIsIgnoredNotACrash() throws IOException {
        byte[] snapshot = bytes(builtUs);
        ByteBuffer.wrap(snapshot).putInt(24, -1);     // the first field, the locale's tag, read as null
        assertFallsBack(snapshot, Locale.US);
    }

    @Test
    void aSnapshotCutShortOrWithBytesLeftOverIsIgnored() throws IOException {
        byte[] snapshot = bytes(builtUs);
        assertFallsBack(Arrays.copyOf(snapshot, snapshot.length - 1), Locale.US);
        assertFallsBack(Arrays.copyOf(snapshot, snapshot.length / 2), Locale.US);
        assertFallsBack(Arrays.copyOf(snapshot, snapshot.length + 1), Locale.US);
        assertFallsBack(new byte[0], Locale.US);
    }

    @Test
    void aSnapshotOfAnotherLocaleIsIgnored() throws IOException {
        assertFallsBack(bytes(builtUs), Locale.UK);
    }

    @Test
    void theFieldComparisonCoversEveryFieldAndTellsVocabulariesApart() {
        assertThat(VocabularySnapshot.instanceFields()).extracting(Field::getName).contains("locale", "maleFirstNames",
                "places", "addressStyle", "familyNameFirst", "licensePlates").hasSizeGreaterThan(40);
        assertThat(VocabularySnapshot.differences(Vocabulary.build(DE), builtUs)).contains("locale", "maleFirstNames",
                "places", "addressStyle", "houseNumberFirst", "licensePlates");
    }

    private static void assertFallsBack(byte[] snapshot, Locale locale) {
        assertThat(VocabularySnapshot.read(new ByteArrayInputStream(snapshot), locale)).isNull();
        Vocabulary expected = locale.equals(Locale.US) ? builtUs : Vocabulary.build(locale);
        assertSameFields(Vocabulary.fromSnapshotOrBuild(locale, new ByteArrayInputStream(snapshot)), expected);
    }

    private static byte[] bytes(Vocabulary vocabulary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VocabularySnapshot.write(vocabulary, out);
        return out.toByteArray();
    }

    private static void assertSameFields(Vocabulary actual, Vocabulary expected) {
        assertThat(actual).isNotNull();
        assertThat(VocabularySnapshot.differences(actual, expected)).as("fields that differ").isEmpty();
    }
}
