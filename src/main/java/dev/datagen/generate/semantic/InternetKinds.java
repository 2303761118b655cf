package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.MiscGenerators;

/** Web addresses, network addresses, credentials and files. */
final class InternetKinds {
    private static final long FILE = Rng.key("entity:file");
    private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String[] BROWSERS = {"Chrome", "Chrome", "Chrome", "Chrome", "Chrome", "Chrome", "Safari", "Safari",
        "Edge", "Firefox", "Samsung Internet", "Opera"};
    private static final String[] SYSTEMS = {"Windows 11", "Windows 10", "Windows 10", "macOS 14", "macOS 13", "iOS 17",
        "iOS 17", "Android 14", "Android 13", "Android 13", "Ubuntu 22.04", "ChromeOS"};
    private static final String[] METHODS = {"GET", "GET", "GET", "GET", "GET", "GET", "POST", "POST", "PUT", "PATCH", "DELETE"};
    // file extensions and their media types, index for index
    private static final String[] EXTENSIONS = {"pdf", "jpg", "png", "docx", "xlsx", "csv", "txt", "zip", "mp4", "json",
        "pdf", "jpg", "png"};
    private static final String[] MEDIA_TYPES = {"application/pdf", "image/jpeg", "image/png",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", "text/plain", "application/zip",
        "video/mp4", "application/json", "application/pdf", "image/jpeg", "image/png"};
    private static final String[] IMAGE_EXTENSIONS = {"jpg", "jpg", "png", "webp"};

    private InternetKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case URL -> (row, out) -> {
                Rng r = row.rng(key);
                StringBuilder sb = row.scratch().append("https://www.").append(r.pick(row.vocabulary().emailDomains));
                if (r.chance(0.6)) {
                    sb.append('/').append(r.pick(row.vocabulary().titleSlugs));
                }
                out.text(Texts.fit(sb, max));
            };
            case DOMAIN -> Texts.pick(key, t, v -> v.emailDomains);
            case IP_ADDRESS -> t.family() == Family.INET || max < 0 || max >= 15 ? MiscGenerators.inet(key)
                    : (row, out) -> out.text(Texts.fit(ipv4(row.scratch(), row.rng(key), max), max));
            case IPV6_ADDRESS -> (row, out) -> out.text(Texts.fit(ipv6(row.scratch(), row.rng(key), max), max));
            case MAC_ADDRESS -> t.family() == Family.MACADDR || max < 0 || max >= 17 ? MiscGenerators.macaddr(key)
                    : (row, out) -> out.text(Texts.fit(Texts.hex(row.scratch(), 12, row.rng(key)), max));
            case USER_AGENT -> Texts.pick(key, t, v -> v.userAgents);
            case BROWSER -> Texts.pick(key, t, BROWSERS);
            case OPERATING_SYSTEM -> Texts.pick(key, t, SYSTEMS);
            case PASSWORD_HASH -> (row, out) -> {
                Rng r = row.rng(key);
                StringBuilder sb = row.scratch();
                if (max < 0 || max >= 60) {
                    Texts.random(sb.append("$2b$12$"), BCRYPT, 53, r); // bcrypt's shape
                } else {
                    Texts.hex(sb, max, r);
                }
                out.text(sb);
            };
            case AVATAR_URL -> (row, out) -> out.text(Texts.fit(
                    Texts.hex(row.scratch().append("https://www.gravatar.com/avatar/"), 32, row.rng(key)), max));
            case IMAGE_URL -> (row, out) -> {
                Rng r = row.rng(key);
                StringBuilder sb = row.scratch().append("https://images.").append(r.pick(row.vocabulary().emailDomains)).append('/');
                Texts.hex(sb.append(r.pick(row.vocabulary().titleSlugs)).append('-'), 6, r).append('.').append(r.pick(IMAGE_EXTENSIONS));
                out.text(Texts.fit(sb, max));
            };
            case SLUG -> (row, out) -> Texts.emit(row, out, row.vocabulary().titleSlugs[TextKinds.topic(row)], max);
            case FILE_NAME -> (row, out) -> out.text(Texts.fit(fileName(row.scratch(), row), max));
            case FILE_PATH -> (row, out) -> {
                StringBuilder sb = row.scratch().append("/srv/files/");
                Texts.padded(sb, row.rng(key).nextInt(100), 2).append('/');
                out.text(Texts.fit(fileName(sb, row), max));
            };
            case MIME_TYPE -> (row, out) -> Texts.emit(row, out, MEDIA_TYPES[fileType(row)], max);
            case FILE_EXTENSION -> (row, out) -> Texts.emit(row, out, EXTENSIONS[fileType(row)], max);
            case API_TOKEN -> (row, out) -> out.text(Texts.random(row.scratch(), BASE62, max < 0 ? 40 : Math.min(40, max), row.rng(key)));
            case HTTP_METHOD -> Texts.pick(key, t, METHODS);
            default -> throw new IllegalArgumentException(kind + " is not an internet kind");
        };
    }

    /** The row's file type, shared by its file name, path, extension and media type columns. */
    private static int fileType(RowContext row) {
        return new Rng(Rng.key(row.table().key() ^ FILE, row.row())).nextInt(EXTENSIONS.length);
    }

    /** "quam_quaerat_nam.pdf": the row's topic in snake case with the row's file type. */
    private static StringBuilder fileName(StringBuilder sb, RowContext row) {
        String slug = row.vocabulary().titleSlugs[TextKinds.topic(row)];
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            sb.append(c == '-' ? '_' : c);
        }
        return sb.append('.').append(EXTENSIONS[fileType(row)]);
    }

    /** A public-looking IPv4 address of at most {@code max} characters. */
    private static StringBuilder ipv4(StringBuilder sb, Rng r, int max) {
        boolean small = max < 15;
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(small ? 1 + r.nextInt(9) : i == 0 ? 11 + r.nextInt(212) : r.nextInt(256));
        }
        return sb;
    }

    /** A global unicast IPv6 address; in its short "::" form when the column is narrow. */
    private static StringBuilder ipv6(StringBuilder sb, Rng r, int max) {
        sb.append(Integer.toHexString(0x2001 + r.nextInt(0x1dff)));
        boolean compact = max >= 0 && max < 39;
        int groups = compact ? 2 : 8;
        for (int i = 1; i < groups; i++) {
            sb.append(':').append(Integer.toHexString(r.nextInt(0x10000)));
        }
        if (compact) {
            sb.append("::").append(Integer.toHexString(1 + r.nextInt(0xfff)));
        }
        return sb;
    }
}
