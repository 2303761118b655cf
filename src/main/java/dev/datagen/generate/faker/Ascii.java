package dev.datagen.generate.faker;

import java.text.Normalizer;

/** ASCII folding for e-mail addresses, user names and slugs, done once per vocabulary entry. */
public final class Ascii {
    private Ascii() {
    }

    /** "Zoë O'Brien-Straße" → "zoeobrienstrasse": lower-case letters a–z only (empty for non-Latin scripts). */
    public static String letters(String s) {
        String n = Normalizer.normalize(fold(s), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "Über die Brücke!" → "uber-die-brucke": words of a–z and 0–9 joined by hyphens. */
    public static String slug(String s) {
        String n = Normalizer.normalize(fold(s), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && sb.length() > 0) {
                    sb.append('-');
                }
                sb.append(c);
                gap = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** Letters that NFD does not decompose into a base letter and a mark. */
    private static String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð' -> "d";
                case 'þ' -> "th";
                default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(r != null ? r : String.valueOf(c));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
