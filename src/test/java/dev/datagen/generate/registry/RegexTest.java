package dev.datagen.generate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.Rng;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every generated string matches its expression (judged by java.util.regex), and stays within a length budget. */
class RegexTest {
    @ParameterizedTest
    @ValueSource(strings = {"[A-Z]{3}-[0-9]{4}", "^S[0-9]{3}-[a-f]{2}$", "(DE|FR|NL)-\\d{4}(-[a-z]{2,5})?", "a*b+c?d{2,}",
            "[^a-z0-9]{5}", "\\w+@\\w+\\.(com|org)", "(?:ab|c)*x", ".{3,6}", "[-a\\]]{4}", "\\$\\d{1,3}\\.\\d\\d", "\\x41\\u00e9[\\s\\d]"})
    void generatedTextMatchesTheExpression(String regex) {
        RegexNode node = Regex.parse(regex);
        Pattern judge = Pattern.compile(regex);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            node.generate(new Rng(Rng.key(42, i)), sb, Regex.UNLIMITED);
            assertThat(sb.toString()).matches(judge);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[a-z]{2,40}", "x(ab)*y", "(long-word|w)+"})
    void repeatsShortenToFitTheColumn(String regex) {
        RegexNode node = Regex.parse(regex);
        Pattern judge = Pattern.compile(regex);
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            node.generate(new Rng(i), sb, 9);
            assertThat(sb.length()).isLessThanOrEqualTo(9);
            assertThat(sb.toString()).matches(judge);
        }
    }
}
