package dev.datagen.generate.faker;

import java.util.Map;

/**
 * What Datafaker's locale files do not say, per language or country: gendered salutations, how a
 * full name and a one-line address are ordered, and the shapes of national identifiers (templates:
 * {@code #} a digit, {@code %} a digit 1–9, {@code ?} an upper-case letter).
 */
public final class LocaleFormats {
    /** How a one-line address is written. */
    public enum AddressStyle {
        /** 1600 Main St, Springfield, IL 62704 */
        US,
        /** 10 Downing St, London SW1A 2AA */
        GB,
        /** Hauptstr. 5, 10115 Berlin */
        EUROPE,
        /** 〒100-0001 東京都 千代田区 1-1 */
        JAPAN
    }

    // male salutations, female salutations; repeated entries weigh more
    private static final Map<String, String[][]> SALUTATIONS = Map.of(
            "en", new String[][] {{"Mr.", "Mr.", "Mr.", "Mr.", "Mr.", "Mr.", "Mr.", "Mr.", "Dr."},
                    {"Ms.", "Ms.", "Ms.", "Ms.", "Mrs.", "Mrs.", "Mrs.", "Miss", "Dr."}},
            "de", new String[][] {{"Herr", "Herr", "Herr", "Herr", "Herr", "Herr", "Herr", "Herr", "Dr."},
                    {"Frau", "Frau", "Frau", "Frau", "Frau", "Frau", "Frau", "Frau", "Dr."}},
            "fr", new String[][] {{"M.", "M.", "M.", "M.", "M.", "M.", "M.", "M.", "Dr"},
                    {"Mme", "Mme", "Mme", "Mme", "Mme", "Mme", "Mlle", "Mlle", "Dr"}},
            "es", new String[][] {{"Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Dr."},
                    {"Sra.", "Sra.", "Sra.", "Sra.", "Sra.", "Sra.", "Srta.", "Srta.", "Dra."}},
            "it", new String[][] {{"Sig.", "Sig.", "Sig.", "Sig.", "Sig.", "Sig.", "Sig.", "Sig.", "Dott."},
                    {"Sig.ra", "Sig.ra", "Sig.ra", "Sig.ra", "Sig.ra", "Sig.ra", "Sig.na", "Sig.na", "Dott.ssa"}},
            "nl", new String[][] {{"Dhr.", "Dhr.", "Dhr.", "Dhr.", "Dhr.", "Dhr.", "Dhr.", "Dhr.", "Dr."},
                    {"Mevr.", "Mevr.", "Mevr.", "Mevr.", "Mevr.", "Mevr.", "Mevr.", "Mevr.", "Dr."}},
            "pt", new String[][] {{"Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Sr.", "Dr."},
                    {"Sra.", "Sra.", "Sra.", "Sra.", "Sra.", "Sra.", "Sra.", "Srta.", "Dra."}});

    private static final Map<String, String> NATIONAL_IDS = Map.of(
            "US", "%##-##-####", "DE", "%##########", "FR", "% ## ## ## ### ###", "ES", "########?",
            "GB", "??######?", "IT", "??????##?##?###?", "NL", "%########", "JP", "%### #### ####",
            "BR", "###.###.###-##");

    private static final Map<String, String> TAX_IDS = Map.of(
            "US", "%#-#######", "DE", "DE%########", "FR", "FR## %########", "ES", "ES?#######?",
            "GB", "GB%## #### ##", "IT", "IT%##########", "NL", "NL%########B##", "JP", "T%############",
            "AT", "ATU%#######", "BR", "##.###.###/0001-##");

    // country: the BBAN of its IBAN (the part after country and check digits)
    private static final Map<String, String> IBAN_BBANS = Map.ofEntries(
            Map.entry("DE", "##################"), Map.entry("FR", "#######################"),
            Map.entry("ES", "####################"), Map.entry("IT", "?######################"),
            Map.entry("NL", "????##########"), Map.entry("GB", "????##############"),
            Map.entry("IE", "????##############"), Map.entry("AT", "################"),
            Map.entry("CH", "#################"), Map.entry("BE", "############"),
            Map.entry("PT", "#####################"), Map.entry("PL", "########################"),
            Map.entry("SE", "####################"), Map.entry("BR", "#######################?#"));

    private LocaleFormats() {
    }

    static String[] maleSalutations(String language) {
        return SALUTATIONS.getOrDefault(language, SALUTATIONS.get("en"))[0];
    }

    static String[] femaleSalutations(String language) {
        return SALUTATIONS.getOrDefault(language, SALUTATIONS.get("en"))[1];
    }

    /** Family name first ("山田 太郎"), as in Japanese, Chinese, Korean and Hungarian. */
    static boolean familyNameFirst(String language) {
        return language.equals("ja") || language.equals("zh") || language.equals("ko") || language.equals("hu");
    }

    static AddressStyle addressStyle(String countryCode) {
        return switch (countryCode) {
            case "US", "CA", "AU" -> AddressStyle.US;
            case "GB", "IE", "NZ", "ZA", "IN" -> AddressStyle.GB;
            case "JP" -> AddressStyle.JAPAN;
            default -> AddressStyle.EUROPE;
        };
    }

    static String nationalId(String countryCode) {
        return NATIONAL_IDS.getOrDefault(countryCode, "%########");
    }

    static String taxId(String countryCode) {
        return TAX_IDS.getOrDefault(countryCode, TAX_IDS.get("US"));
    }

    /** The IBAN country for a locale: its own where it has IBANs, else Germany's format. */
    static String ibanCountry(String countryCode) {
        return IBAN_BBANS.containsKey(countryCode) ? countryCode : "DE";
    }

    static String ibanBban(String ibanCountry) {
        return IBAN_BBANS.get(ibanCountry);
    }
}
