package dev.datagen.generate.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.Rng;
import dev.datagen.generate.faker.Ascii;
import dev.datagen.generate.faker.Vocabulary;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Check digits against published examples; clean cuts; ASCII folding done once per vocabulary entry. */
class CheckDigitsAndTextsTest {
    @Test
    void checkDigitsMatchPublishedExamples() {
        assertThat(FinanceKinds.luhnDigit("7992739871")).isEqualTo('3'); // Luhn's textbook example
        assertThat(FinanceKinds.luhnDigit("411111111111111")).isEqualTo('1'); // the Visa test card
        assertThat(CodeKinds.eanDigit("978316148410")).isEqualTo('0'); // ISBN 978-3-16-148410-0
        assertThat(CodeKinds.eanDigit("400638133393")).isEqualTo('1'); // EAN 4006381333931
        assertThat(CodeKinds.eanDigit("03600029145")).isEqualTo('2'); // UPC 036000291452
        assertThat(CodeKinds.isbn10Digit("030640615")).isEqualTo('2'); // ISBN 0-306-40615-2
        StringBuilder vin = CodeKinds.vin(new StringBuilder(), new Rng(5));
        assertThat(vin).hasSize(17).doesNotContain("I", "O", "Q");
        assertThat(vinCheck("1M8GDM9AXKP042788")).isEqualTo('X'); // the textbook VIN
        assertThat(vinCheck(vin.toString())).isEqualTo(vin.charAt(8));
    }

    @Test
    void ibansOfEveryFormatPassTheMod97Check() {
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, Locale.UK,
                Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("pt-BR")}) {
            Vocabulary v = Vocabulary.forLocale(locale);
            for (int i = 0; i < 50; i++) {
                String iban = FinanceKinds.iban(new StringBuilder(), v, new Rng(i)).toString();
                assertThat(iban).startsWith(v.ibanCountry).hasSize(4 + v.ibanBban.length());
                StringBuilder digits = new StringBuilder();
                for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
                    digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
                }
                assertThat(new BigInteger(digits.toString()).mod(BigInteger.valueOf(97))).as(iban).isEqualTo(BigInteger.ONE);
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" in {1} → \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "Fantastic Marble Hat|12|Fantastic", "Fantastic Marble Hat|20|Fantastic Marble Hat", "North Ricki|5|North",
        "Hauptstr. 12, 10115 Berlin|14|Hauptstr. 12", "abcdefgh|5|abcde", "jane.doe@mail.com|9|jane.doe"})
    void cutsAreClean(String value, int max, String expected) {
        assertThat(Texts.fit(new StringBuilder(value), max).toString()).isEqualTo(expected);
    }

    @Test
    void asciiFormsAreLettersOnly() {
        assertThat(Ascii.letters("Zoë O'Brien-Straße")).isEqualTo("zoeobrienstrasse");
        assertThat(Ascii.letters("Łukasz Ørsted")).isEqualTo("lukaszorsted");
        assertThat(Ascii.letters("高野")).isEmpty();
        assertThat(Ascii.slug("Über die Brücke!  Nr. 5")).isEqualTo("uber-die-brucke-nr-5");
        Vocabulary ja = Vocabulary.forLocale(Locale.JAPAN);
        assertThat(ja.lastNames).allMatch(n -> !n.matches(".*[A-Za-z].*"));
        assertThat(ja.lastNamesAscii).allMatch(n -> n.matches("[a-z]+"));
        assertThat(ja.titleSlugs).allMatch(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US|United States|USD|^\\(\\d{3}\\) \\d{3}-\\d{4}$|^\\d{5}$",
        "de-DE|Deutschland|EUR|^0[\\d /-]+$|^\\d{5}$",
        "fr-FR|France|EUR|^0\\d( \\d\\d){4}$|^\\d{5}$",
        "es-ES|España|EUR|^[5-9]\\d\\d( \\d\\d){3}$|^\\d{5}$",
        "ja-JP|日本|JPY|^0\\d{1,4}-\\d{1,4}-\\d{4}$|^\\d{3}-\\d{4}$"})
    void localesHaveTheirOwnPhonePostalAndCurrencyFormats(String tag, String country, String currency, String phone, String postal) {
        Vocabulary v = Vocabulary.forLocale(Locale.forLanguageTag(tag));
        assertThat(v.country).isEqualTo(country);
        assertThat(v.currencyCode).isEqualTo(currency);
        Rng r = new Rng(3);
        for (int i = 0; i < 200; i++) {
            assertThat(Texts.fill(new StringBuilder(), r.pick(v.phoneTemplates), r).toString()).matches(phone);
            assertThat(Texts.fill(new StringBuilder(), r.pick(v.places).postalTemplate(), r).toString()).matches(postal);
        }
    }

    private static char vinCheck(String vin) {
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        String values = "12345678_12345_7_923456789";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = vin.charAt(i);
            sum += weights[i] * (Character.isDigit(c) ? c - '0' : values.charAt(c - 'A') - '0');
        }
        return sum % 11 == 10 ? 'X' : (char) ('0' + sum % 11);
    }
}
