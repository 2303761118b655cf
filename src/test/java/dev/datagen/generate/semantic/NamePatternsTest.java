package dev.datagen.generate.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datagen.generate.semantic.NamePatterns.NamePattern;
import dev.datagen.generate.semantic.Semantic.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column names mean the same whatever their style; the longest pattern wins; strict ones need a qualifier. */
class NamePatternsTest {
    @ParameterizedTest(name = "{0}.{1} → {2}")
    @CsvSource({
        "t, email, EMAIL", "t, Email, EMAIL", "t, EMAIL, EMAIL", "t, userEmail, EMAIL", "t, billing_email, EMAIL",
        "t, contact_email_address, EMAIL", "t, emailAddress, EMAIL", "t, e-mail, EMAIL", "t, E_Mail_Address, EMAIL",
        "t, emailaddress, EMAIL", "t, BillingEmailAddress, EMAIL", "t, first_name, FIRST_NAME", "t, FirstName, FIRST_NAME",
        "t, firstname, FIRST_NAME", "t, FIRST-NAME, FIRST_NAME", "t, customer_given_name, FIRST_NAME", "t, vorname, FIRST_NAME",
        "t, lastName, LAST_NAME", "t, surname, LAST_NAME", "t, family_name, LAST_NAME", "t, fullName, FULL_NAME",
        "t, display_name, FULL_NAME", "t, username, USERNAME", "t, user_name, USERNAME", "t, userName, USERNAME",
        "t, login, USERNAME", "t, dob, BIRTH_DATE", "t, date_of_birth, BIRTH_DATE", "t, birthDate, BIRTH_DATE",
        "t, phone, PHONE", "t, phoneNumber, PHONE", "t, home_phone, PHONE", "t, mobile, MOBILE", "t, cellPhone, MOBILE",
        "t, fax_number, FAX", "t, street_address, STREET_ADDRESS", "t, address_line_1, STREET_ADDRESS",
        "t, addressLine1, STREET_ADDRESS", "t, address1, STREET_ADDRESS", "t, address2, ADDRESS_LINE_2",
        "t, address_line_2, ADDRESS_LINE_2", "t, address, STREET_ADDRESS", "t, home_address, FULL_ADDRESS",
        "t, shipping_address, FULL_ADDRESS", "t, billing_city, CITY", "t, town, CITY", "t, state, STATE",
        "t, billing_state, STATE", "t, province, STATE", "t, zip, POSTAL_CODE", "t, zipCode, POSTAL_CODE",
        "t, postal_code, POSTAL_CODE", "t, postcode, POSTAL_CODE", "t, PLZ, POSTAL_CODE", "t, country, COUNTRY",
        "t, country_code, COUNTRY_CODE", "t, countryCode, COUNTRY_CODE", "t, latitude, LATITUDE", "t, lat, LATITUDE",
        "t, lng, LONGITUDE", "t, long, LONGITUDE", "t, timezone, TIMEZONE", "t, time_zone, TIMEZONE", "t, tz, TIMEZONE",
        "t, website, URL", "t, homepage_url, URL", "t, domain, DOMAIN", "t, ip, IP_ADDRESS", "t, ip_address, IP_ADDRESS",
        "t, IPAddress, IP_ADDRESS", "t, last_login_ip, IP_ADDRESS", "t, ipv4, IP_ADDRESS", "t, ipv6, IPV6_ADDRESS",
        "t, mac_address, MAC_ADDRESS", "t, macAddress, MAC_ADDRESS", "t, user_agent, USER_AGENT", "t, userAgent, USER_AGENT",
        "t, password_hash, PASSWORD_HASH", "t, passwordHash, PASSWORD_HASH", "t, password_digest, PASSWORD_HASH",
        "t, avatar_url, AVATAR_URL", "t, profile_image, AVATAR_URL", "t, image_url, IMAGE_URL", "t, slug, SLUG",
        "t, price, PRICE", "t, unit_price, PRICE", "t, unitPrice, PRICE", "t, cost, COST", "t, amount, AMOUNT",
        "t, total, TOTAL", "t, grand_total, TOTAL", "t, subtotal, SUBTOTAL", "t, sub_total, SUBTOTAL", "t, tax, TAX",
        "t, tax_amount, TAX", "t, tax_rate, INTEREST_RATE", "t, discount, DISCOUNT", "t, quantity, QUANTITY",
        "t, qty, QUANTITY", "t, currency, CURRENCY_CODE", "t, currency_code, CURRENCY_CODE", "t, sku, SKU",
        "t, SKU, SKU", "t, product_name, PRODUCT_NAME", "t, brand, BRAND", "t, category, CATEGORY", "t, company, COMPANY",
        "t, companyName, COMPANY", "t, department, DEPARTMENT", "t, iban, IBAN", "t, IBAN, IBAN", "t, bic, BIC",
        "t, swift_code, BIC", "t, credit_card_number, CREDIT_CARD_NUMBER", "t, cardNumber, CREDIT_CARD_NUMBER",
        "t, card_expiry, CARD_EXPIRY", "t, account_number, ACCOUNT_NUMBER", "t, routing_number, ROUTING_NUMBER",
        "t, created_at, CREATED_AT", "t, createdAt, CREATED_AT", "t, CreatedAt, CREATED_AT", "t, created, CREATED_AT",
        "t, updated_at, UPDATED_AT", "t, updatedAt, UPDATED_AT", "t, last_modified, UPDATED_AT", "t, deleted_at, DELETED_AT",
        "t, deletedAt, DELETED_AT", "t, start_date, START_DATE", "t, end_date, END_DATE", "t, valid_until, END_DATE",
        "t, ordered_at, ORDERED_AT", "t, shipped_at, SHIPPED_AT", "t, published_at, SHIPPED_AT", "t, hire_date, HIRE_DATE",
        "t, expires_at, EXPIRES_AT", "t, due_date, DUE_DATE", "t, last_login, LAST_SEEN_AT", "t, approved_at, PAID_AT",
        "t, occurred_at, EVENT_AT", "t, logged_at, EVENT_AT", "t, visit_date, EVENT_AT", "t, title, TITLE",
        "t, post_title, TITLE", "t, description, DESCRIPTION", "t, product_description, DESCRIPTION", "t, comment, COMMENT",
        "t, bio, BIO", "t, notes, NOTES", "t, summary, SUMMARY", "t, body, BODY", "t, uuid, UUID", "t, external_uuid, UUID",
        "t, isbn, ISBN", "t, isbn13, ISBN", "t, ean, EAN", "t, barcode, EAN", "t, hex_color, HEX_COLOR", "t, color_code, HEX_COLOR",
        "t, color, COLOR", "t, rating, RATING", "t, status, STATUS", "t, order_status, ORDER_STATUS",
        "t, payment_status, PAYMENT_STATUS", "t, user_type, CATEGORICAL", "t, tier, CATEGORICAL", "t, priority, PRIORITY",
        "t, age, AGE", "t, view_count, COUNT", "t, status_code, HTTP_STATUS", "t, content_type, MIME_TYPE",
        "t, api_key, API_TOKEN", "t, vin, VIN",
        // a bare name or code means what the table holds
        "users, name, FULL_NAME", "customers, name, FULL_NAME", "people, name, FULL_NAME", "sales.Customers, name, FULL_NAME",
        "products, name, PRODUCT_NAME", "OrderItems, name, PRODUCT_NAME", "companies, name, COMPANY", "categories, name, CATEGORY",
        "countries, code, COUNTRY_CODE", "currencies, code, CURRENCY_CODE"
    })
    void detectsTheMeaningOfAName(String table, String column, Kind kind) {
        assertThat(Semantic.detect(table, column)).as("%s.%s", table, column).contains(kind);
    }

    @ParameterizedTest(name = "{0}.{1} means nothing")
    @CsvSource({
        "t, order_state", "t, email_verified", "t, created_by", "t, user_id", "t, id", "t, url_prefix", "t, wallet_address",
        "t, name", "tags, name", "t, code", "t, flag", "t, sort_order", "t, payload", "orders, name"
    })
    void leavesNamesWithoutAMeaningToTheirType(String table, String column) {
        assertThat(Semantic.detect(table, column)).as("%s.%s", table, column).isEmpty();
    }

    @Test
    void statusLikeWordsAreLabelsNeverFreeText() {
        Set<Kind> freeText = EnumSet.of(Kind.TITLE, Kind.DESCRIPTION, Kind.SUMMARY, Kind.BODY, Kind.COMMENT, Kind.NOTES, Kind.BIO);
        for (String name : List.of("status", "state", "type", "kind", "level", "tier", "stage", "phase", "mode", "priority",
                "role", "order_status", "account_status", "payment_status", "category", "grade")) {
            assertThat(Semantic.detect("t", name)).as(name).isPresent().get().isNotIn(freeText);
        }
    }

    @Test
    void everyDocumentedExampleIsDetectedAsItsKind() {
        List<String> wrong = new ArrayList<>();
        for (NamePattern p : NamePatterns.all()) {
            String table = p.tables() == null ? "t" : p.tables().get(0) + "s";
            for (String example : p.examples()) {
                Optional<Kind> detected = Semantic.detect(table, example);
                if (!detected.equals(Optional.of(p.kind()))) {
                    wrong.add(table + "." + example + " → " + detected.orElse(null) + ", expected " + p.kind());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thereAreAtLeast200DistinctPatternsCoveringEveryKind() {
        List<NamePattern> all = NamePatterns.all();
        Set<String> distinct = new HashSet<>();
        for (NamePattern p : all) {
            distinct.add(p.tables() == null ? p.key() : p.key() + " in " + p.tables());
        }
        assertThat(distinct).hasSize(all.size()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(all.stream().map(NamePattern::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void wordsSplitEveryStyle() {
        assertThat(NamePatterns.words("billingEmailAddress")).containsExactly("billing", "email", "address");
        assertThat(NamePatterns.words("BILLING_EMAIL")).containsExactly("billing", "email");
        assertThat(NamePatterns.words("IPAddress")).containsExactly("ip", "address");
        assertThat(NamePatterns.words("address-line-2")).containsExactly("address", "line", "2");
        assertThat(NamePatterns.entity("sales.OrderItems")).isEqualTo("item");
        assertThat(NamePatterns.entity("categories")).isEqualTo("category");
        assertThat(NamePatterns.entity("addresses")).isEqualTo("address");
    }
}
