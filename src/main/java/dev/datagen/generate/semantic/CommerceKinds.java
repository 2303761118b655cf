package dev.datagen.generate.semantic;

import dev.datagen.generate.ColumnGenerator;
import dev.datagen.generate.Rng;
import dev.datagen.generate.RowContext;
import dev.datagen.generate.semantic.Semantic.Kind;
import dev.datagen.generate.value.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Products, companies and orders, and the short labels of statuses and categories: a status column
 * holds a handful of status words with realistic weights, never free text.
 */
final class CommerceKinds {
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY", "SEK", "INR"};
    private static final String[] PAYMENT_METHODS = {"credit_card", "credit_card", "credit_card", "credit_card",
        "credit_card", "paypal", "paypal", "debit_card", "debit_card", "bank_transfer", "apple_pay", "cash"};
    private static final String[] SIZES = {"XS", "S", "S", "M", "M", "M", "L", "L", "L", "XL", "XL", "XXL"};
    private static final String[] COUPON_WORDS = {"SAVE", "WELCOME", "SPRING", "SUMMER", "AUTUMN", "WINTER", "VIP",
        "FREESHIP", "DEAL", "EXTRA", "FLASH", "HELLO"};
    private static final Map<String, String[]> CARRIERS = Map.of(
            "US", new String[] {"UPS", "UPS", "FedEx", "FedEx", "USPS", "USPS", "USPS", "DHL"},
            "DE", new String[] {"DHL", "DHL", "DHL", "DPD", "Hermes", "Hermes", "GLS", "UPS"},
            "FR", new String[] {"La Poste", "Colissimo", "Colissimo", "Chronopost", "DPD", "UPS"},
            "ES", new String[] {"Correos", "Correos", "SEUR", "MRW", "DHL", "GLS"},
            "JP", new String[] {"Yamato Transport", "Yamato Transport", "Sagawa Express", "Japan Post"},
            "GB", new String[] {"Royal Mail", "Royal Mail", "DPD", "Evri", "DHL", "UPS"});
    private static final String[] ANY_CARRIERS = {"DHL", "UPS", "FedEx", "TNT"};
    private static final String[] ACCOUNT_STATUSES = {"active", "active", "active", "active", "active", "active",
        "active", "inactive", "inactive", "pending", "pending", "suspended"};
    private static final String[] ORDER_STATUSES = {"delivered", "delivered", "delivered", "delivered", "delivered",
        "delivered", "shipped", "shipped", "processing", "pending", "cancelled", "returned"};
    private static final String[] PAYMENT_STATUSES = {"paid", "paid", "paid", "paid", "paid", "paid", "paid", "paid",
        "pending", "failed", "refunded", "cancelled"};
    private static final String[] PRIORITIES = {"low", "low", "low", "medium", "medium", "medium", "medium", "high",
        "high", "critical"};
    private static final String[] ROLES = {"user", "user", "user", "user", "user", "user", "user", "user", "user",
        "user", "user", "user", "editor", "viewer", "moderator", "admin"};
    /** Labels of type/kind/tier/... columns: each column uses a few of them, the first ones more often. */
    private static final String[] LABELS = {"standard", "premium", "basic", "advanced", "internal", "external",
        "personal", "business", "default", "custom", "primary", "secondary", "legacy", "other"};

    private CommerceKinds() {
    }

    static ColumnGenerator generator(Kind kind, long key, Target t) {
        int max = t.maxLength();
        return switch (kind) {
            case CURRENCY_CODE -> (row, out) -> {
                Rng r = row.rng(key);
                Texts.emit(row, out, r.chance(0.7) ? row.vocabulary().currencyCode : r.pick(CURRENCIES), max);
            };
            case PAYMENT_METHOD -> Texts.pick(key, t, PAYMENT_METHODS);
            case SKU -> (row, out) -> out.text(Texts.fit(Texts.fill(row.scratch(), "???-%####", row.rng(key)), max));
            case PRODUCT_NAME -> Texts.pick(key, t, v -> v.productNames);
            case BRAND -> Texts.pick(key, t, v -> v.brands);
            case CATEGORY -> Texts.pick(key, t, v -> v.categories);
            case COMPANY -> Texts.pick(key, t, v -> v.companies);
            case DEPARTMENT -> Texts.pick(key, t, v -> v.departments);
            case INDUSTRY -> Texts.pick(key, t, v -> v.industries);
            case COLOR -> Texts.pick(key, t, v -> v.colors);
            case MATERIAL -> Texts.pick(key, t, v -> v.materials);
            case SIZE -> Texts.pick(key, t, SIZES);
            case COUPON_CODE -> (row, out) -> {
                Rng r = row.rng(key);
                out.text(Texts.fit(row.scratch().append(r.pick(COUPON_WORDS)).append(5 + 5 * r.nextInt(10)), max));
            };
            case ORDER_NUMBER -> (row, out) -> out.text(Texts.fit(Texts.padded(orderYear(row.scratch(), row), row.rng(key).nextInt(1_000_000), 6), max));
            case TRACKING_NUMBER -> (row, out) -> {
                Rng r = row.rng(key);
                String template = switch (r.nextInt(3)) {
                    case 0 -> "1Z****************"; // UPS
                    case 1 -> "%#########"; // DHL Express
                    default -> "9%####################"; // USPS
                };
                out.text(Texts.fit(Texts.fill(row.scratch(), template, r), max));
            };
            case SHIPPING_CARRIER -> Texts.pick(key, t, v -> CARRIERS.getOrDefault(v.countryCode, ANY_CARRIERS));
            case STATUS -> Texts.pick(key, t, ACCOUNT_STATUSES);
            case ORDER_STATUS -> Texts.pick(key, t, ORDER_STATUSES);
            case PAYMENT_STATUS -> Texts.pick(key, t, PAYMENT_STATUSES);
            case PRIORITY -> Texts.pick(key, t, PRIORITIES);
            case ROLE -> Texts.pick(key, t, ROLES);
            case CATEGORICAL -> Texts.pick(key, t, labels(key));
            default -> throw new IllegalArgumentException(kind + " is not a commerce kind");
        };
    }

    /** "2025-": the year the row was created, the prefix of its order and invoice numbers. */
    static StringBuilder orderYear(StringBuilder sb, RowContext row) {
        int length = sb.length();
        Dates.appendDate(sb, Math.floorDiv(row.timeline().created(), 86400));
        sb.setLength(length + 4);
        return sb.append('-');
    }

    /** Three to six of the labels, chosen by the column; label i repeated to weigh about 1/(i+1). */
    static String[] labels(long key) {
        Rng r = new Rng(key);
        String[] shuffled = LABELS.clone();
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String s = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = s;
        }
        int n = 3 + r.nextInt(4);
        List<String> weighted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int w = 0; w < 12 / (i + 1); w++) {
                weighted.add(shuffled[i]);
            }
        }
        return weighted.toArray(String[]::new);
    }
}
