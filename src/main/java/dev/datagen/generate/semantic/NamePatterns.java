package dev.datagen.generate.semantic;

import static dev.datagen.generate.semantic.Semantic.Kind.*;

import dev.datagen.generate.semantic.Semantic.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The column-name patterns, and detection. A name is split into words ({@code billingEmailAddress}
 * → billing, email, address) and its endings are looked up from the longest down, with the words
 * joined ({@code emailaddress}, then {@code address}): so a pattern matches whatever the style
 * (snake, camel, no separator) and whatever comes before it ({@code contact_email}), and the
 * longest pattern wins ({@code email_address} is an e-mail, not a street address). A pattern
 * marked strict matches only after nothing or after qualifiers such as billing, home or primary
 * ({@code billing_state} is a state, {@code order_state} is not). A bare {@code name} or
 * {@code code} takes its meaning from the table ({@code customers.name} is a full name).
 */
public final class NamePatterns {
    /**
     * One pattern: a phrase of words, the kind it means, whether it is strict, and for table
     * patterns the table words (singular) it needs.
     */
    public record NamePattern(String phrase, Kind kind, boolean strict, List<String> tables) {
        /** The lookup key: the phrase's words joined. */
        public String key() {
            return phrase.replace(" ", "");
        }

        /** Column names this pattern matches, in several styles, for the documentation and tests. */
        public List<String> examples() {
            String[] w = phrase.split(" ");
            StringBuilder camel = new StringBuilder(w[0]);
            for (int i = 1; i < w.length; i++) {
                camel.append(Character.toUpperCase(w[i].charAt(0))).append(w[i].substring(1));
            }
            String snake = String.join("_", w);
            List<String> out = new ArrayList<>();
            out.add(snake);
            if (w.length > 1) {
                out.add(camel.toString());
            }
            if (tables != null) {
                return out;
            }
            String qualifier = strict ? "primary" : EXAMPLE_QUALIFIERS.getOrDefault(kind.domain, "main");
            out.add(qualifier + Character.toUpperCase(snake.charAt(0)) + camel.substring(1));
            out.add(qualifier.toUpperCase(Locale.ROOT) + "_" + snake.toUpperCase(Locale.ROOT));
            return out;
        }
    }

    /** Words that may stand before a strict pattern: whose address, which phone. */
    static final Set<String> QUALIFIERS = Set.of("billing", "shipping", "delivery", "mailing", "postal", "home", "work",
            "office", "business", "primary", "secondary", "current", "permanent", "residential", "residence", "legal",
            "registered", "contact", "customer", "user", "client", "company", "personal", "main", "default", "origin",
            "destination", "pickup", "dropoff", "birth", "alt", "alternate", "alternative", "other", "old", "new",
            "previous", "preferred", "physical", "invoice", "remit", "return", "vendor", "supplier", "store", "shop",
            "warehouse", "branch", "site", "venue", "member", "owner", "employee", "patient", "student", "guardian",
            "emergency", "account", "profile", "from", "to", "sender", "recipient", "ship", "bill", "hq", "headquarters");

    private static final Map<Semantic.Domain, String> EXAMPLE_QUALIFIERS = Map.of(
            Semantic.Domain.PERSON, "customer", Semantic.Domain.CONTACT, "billing", Semantic.Domain.ADDRESS, "shipping",
            Semantic.Domain.INTERNET, "user", Semantic.Domain.COMMERCE, "item", Semantic.Domain.FINANCE, "customer",
            Semantic.Domain.TIME, "record", Semantic.Domain.TEXT, "post", Semantic.Domain.CODE, "item",
            Semantic.Domain.MEASURE, "item");

    private static final Catalog CATALOG = new Catalog()
            // people
            .add(FIRST_NAME, "first name", "fname", "given name", "forename", "christian name", "vorname", "prenom",
                    "nombre de pila")
            .add(LAST_NAME, "last name", "lname", "surname", "family name", "maiden name", "nachname", "apellido",
                    "nom de famille")
            .add(MIDDLE_NAME, "middle name", "mname", "middle names")
            .add(MIDDLE_INITIAL, "middle initial", "initial")
            .add(FULL_NAME, "full name", "display name", "contact name", "customer name", "person name", "author name",
                    "owner name", "recipient name", "sender name", "employee name", "patient name", "student name",
                    "member name", "account holder", "account holder name", "cardholder", "cardholder name",
                    "holder name", "legal name", "real name", "user full name")
            .add(USERNAME, "username", "login", "login name", "handle", "screen name", "nickname", "nick",
                    "user handle", "account name", "login id", "benutzername")
            .add(GENDER, "gender", "sex", "geschlecht")
            .add(SALUTATION, "salutation", "name prefix", "honorific", "courtesy title", "anrede")
            .strict(SALUTATION, "prefix")
            .add(NAME_SUFFIX, "name suffix")
            .strict(NAME_SUFFIX, "suffix")
            .add(AGE, "age", "age years", "age in years", "alter")
            .add(BIRTH_YEAR, "birth year", "year of birth", "yob")
            .add(NATIONALITY, "nationality", "citizenship", "nationalite")
            .add(LANGUAGE, "language", "preferred language", "native language", "mother tongue", "spoken language")
            .add(LANGUAGE_CODE, "language code", "lang", "lang code", "iso language")
            .add(LOCALE_CODE, "locale", "locale code", "culture code")
            .add(JOB_TITLE, "job title", "position", "occupation", "job", "designation", "role title", "job position",
                    "profession", "beruf")
            .add(MARITAL_STATUS, "marital status", "civil status", "relationship status", "familienstand")
            .add(BLOOD_TYPE, "blood type", "blood group")
            .add(NATIONAL_ID, "ssn", "social security number", "social security no", "national id", "national id number",
                    "personal id number", "national insurance number", "nin")
            .add(UNIVERSITY, "university", "school", "college", "alma mater", "university name", "school name")
            // contact
            .add(EMAIL, "email", "email address", "email addr", "mail", "mail address", "correo", "courriel")
            .add(PHONE, "phone", "phone number", "phone no", "phone num", "phone nr", "telephone", "telephone number",
                    "tel", "tel no", "contact number", "landline", "telefon", "telefono", "telephone fixe")
            .add(MOBILE, "mobile", "mobile phone", "mobile number", "mobile no", "cell", "cell phone", "cell number",
                    "handy", "mobil", "movil", "portable")
            .add(FAX, "fax", "fax number", "fax no", "facsimile", "telefax")
            .add(PHONE_EXTENSION, "phone extension", "phone ext", "tel ext", "extension number")
            // addresses and places
            .add(STREET_ADDRESS, "street address", "address line 1", "address 1", "address line", "street",
                    "street line 1", "addr line 1", "addr 1", "line 1", "street 1", "strasse", "direccion", "adresse",
                    "anschrift")
            .strict(STREET_ADDRESS, "address", "addr")
            .add(STREET_NAME, "street name", "road", "road name")
            .add(BUILDING_NUMBER, "house number", "building number", "street number", "house no", "house nr",
                    "hausnummer", "street no")
            .add(ADDRESS_LINE_2, "address line 2", "address 2", "addr line 2", "addr 2", "line 2", "street 2",
                    "apartment", "apt", "suite", "apartment number", "suite number", "unit number", "secondary address",
                    "address extra", "adresszusatz")
            .add(FULL_ADDRESS, "full address", "shipping address", "billing address", "delivery address",
                    "mailing address", "postal address", "home address", "residential address", "complete address",
                    "formatted address", "correspondence address", "work address", "office address")
            .add(CITY, "city", "town", "city name", "municipality", "locality", "stadt", "ville", "ciudad", "ort",
                    "wohnort", "suburb", "village")
            .strict(STATE, "state", "province", "region", "state name", "province name", "state province",
                    "state or province", "prefecture", "bundesland", "county")
            .add(STATE_CODE, "state code", "state abbr", "state abbreviation", "province code", "region code",
                    "state iso")
            .add(POSTAL_CODE, "postal code", "postcode", "zip", "zip code", "postal", "plz", "postleitzahl",
                    "code postal", "codigo postal", "pin code", "zip postal code")
            .add(COUNTRY, "country", "country name", "nation", "pays", "pais", "country of residence",
                    "country of birth")
            .add(COUNTRY_CODE, "country code", "country iso", "iso country", "country iso code", "iso country code",
                    "country iso2", "country alpha2", "country abbr")
            .add(LATITUDE, "latitude", "lat", "geo lat", "breitengrad")
            .add(LONGITUDE, "longitude", "lng", "lon", "geo lng", "geo lon", "laengengrad")
            .strict(LONGITUDE, "long")
            .add(TIMEZONE, "timezone", "tz", "tz name", "time zone name", "time zone id", "zoneinfo", "olson tz")
            // internet
            .add(URL, "url", "uri", "link", "href", "website", "homepage", "web address", "permalink", "landing page",
                    "web page", "www", "webseite")
            .add(DOMAIN, "domain", "domain name", "hostname", "host", "fqdn", "subdomain")
            .add(IP_ADDRESS, "ip", "ip address", "ip addr", "ipv4", "ipv4 address", "remote addr", "remote address",
                    "inet address", "ip adresse")
            .add(IPV6_ADDRESS, "ipv6", "ipv6 address", "ip6", "ipv6 addr")
            .add(MAC_ADDRESS, "mac", "mac address", "mac addr", "hardware address", "hw addr", "ethernet address", "bssid")
            .add(USER_AGENT, "user agent", "http user agent", "ua string")
            .add(BROWSER, "browser", "browser name", "web browser")
            .add(OPERATING_SYSTEM, "os", "operating system", "os name")
            .add(PASSWORD_HASH, "password", "password hash", "passwd", "pwd", "hashed password", "encrypted password",
                    "password digest", "pw hash", "crypted password", "pass hash", "passwort")
            .add(AVATAR_URL, "avatar", "avatar url", "profile picture", "profile image", "profile photo", "profile pic",
                    "gravatar", "headshot")
            .add(IMAGE_URL, "image", "image url", "photo", "photo url", "picture", "picture url", "thumbnail",
                    "thumbnail url", "img", "img url", "logo", "logo url", "icon url", "cover image", "banner url")
            .add(SLUG, "slug", "url key", "url slug")
            .add(FILE_NAME, "file name", "attachment name", "document name", "original filename")
            .add(FILE_PATH, "file path", "path", "directory", "dir", "storage path", "file location")
            .add(MIME_TYPE, "mime type", "content type", "media type", "mime")
            .add(FILE_EXTENSION, "file extension", "file ext", "file type")
            .add(FILE_SIZE, "file size", "size bytes", "byte size", "size in bytes", "bytes", "content length")
            .add(API_TOKEN, "token", "api key", "api token", "access token", "refresh token", "auth token", "secret",
                    "secret key", "client secret", "session token", "bearer token", "verification token",
                    "reset token", "confirmation token", "access key")
            .add(HTTP_METHOD, "http method", "request method", "http verb")
            .add(HTTP_STATUS, "status code", "http status", "response code", "http code", "http status code")
            .add(PORT, "port", "port number", "tcp port")
            // commerce
            .add(PRICE, "price", "unit price", "list price", "sale price", "retail price", "msrp", "selling price",
                    "price per unit", "base price", "rrp", "preis", "precio", "prix")
            .add(COST, "cost", "unit cost", "cost price", "purchase price", "wholesale price")
            .add(AMOUNT, "amount", "amt", "payment amount", "transaction amount", "betrag", "importe", "montant")
            .add(TOTAL, "total", "total amount", "grand total", "order total", "total price", "total cost",
                    "gesamtbetrag")
            .add(SUBTOTAL, "subtotal", "net amount", "net total", "net price")
            .add(TAX, "tax", "tax amount", "vat", "vat amount", "sales tax", "tax total", "gst", "mwst")
            .add(DISCOUNT, "discount", "discount amount", "rebate", "markdown", "rabatt")
            .add(FEE, "fee", "shipping cost", "shipping fee", "shipping price", "delivery fee", "handling fee",
                    "service charge", "surcharge", "freight")
            .add(BALANCE, "balance", "account balance", "available balance", "credit limit", "saldo")
            .add(QUANTITY, "quantity", "qty", "units", "quantity ordered", "ordered quantity", "pieces", "pcs", "menge",
                    "cantidad", "quantite")
            .add(STOCK_QUANTITY, "stock", "stock quantity", "inventory", "on hand", "quantity on hand", "stock level",
                    "units in stock", "available quantity", "bestand")
            .add(RATING, "rating", "stars", "star rating", "review rating", "rating value", "bewertung")
            .add(CURRENCY_CODE, "currency", "currency code", "ccy", "currency iso", "iso currency", "waehrung", "moneda",
                    "devise")
            .add(PAYMENT_METHOD, "payment method", "payment type", "pay method", "payment mode", "payment option",
                    "zahlungsart")
            .add(SKU, "sku", "stock keeping unit", "product code", "item code", "article number", "part number",
                    "item number", "product number", "model number", "catalog number", "mpn", "artikelnummer")
            .add(PRODUCT_NAME, "product name", "product", "item name", "product title", "article name", "produkt")
            .add(BRAND, "brand", "brand name", "manufacturer", "make", "marke", "marque", "marca")
            .add(CATEGORY, "category", "category name", "product category", "subcategory", "kategorie", "categorie",
                    "categoria")
            .add(COMPANY, "company", "company name", "organization", "organisation", "org name", "employer",
                    "business name", "firm", "vendor", "vendor name", "supplier", "supplier name", "merchant",
                    "merchant name", "publisher", "corporation", "firma", "empresa", "entreprise")
            .add(DEPARTMENT, "department", "dept", "division", "business unit", "abteilung")
            .add(INDUSTRY, "industry", "sector", "vertical", "line of business", "branche")
            .add(COLOR, "color", "colour", "color name", "farbe", "couleur")
            .add(MATERIAL, "material", "fabric")
            .add(SIZE, "size", "clothing size", "shirt size", "size label", "groesse", "taille")
            .add(COUPON_CODE, "coupon", "coupon code", "promo code", "promo", "voucher", "voucher code", "discount code",
                    "gift code", "redemption code", "gutschein")
            .add(ORDER_NUMBER, "order number", "order no", "order ref", "invoice number", "invoice no", "reference",
                    "reference number", "ref", "ref no", "confirmation number", "confirmation code",
                    "booking reference", "booking number", "receipt number", "ticket number", "case number",
                    "transaction reference", "bestellnummer", "rechnungsnummer")
            .add(TRACKING_NUMBER, "tracking number", "tracking code", "tracking id", "shipment number", "awb", "waybill",
                    "sendungsnummer")
            .add(SHIPPING_CARRIER, "carrier", "shipping carrier", "courier", "shipping company", "shipping provider")
            // finance
            .add(IBAN, "iban", "iban number", "iban code")
            .add(BIC, "bic", "swift", "swift code", "bic code", "swift bic", "bic swift")
            .add(CREDIT_CARD_NUMBER, "credit card", "credit card number", "card number", "cc number", "card no", "pan",
                    "ccn", "debit card number", "kreditkartennummer")
            .add(CARD_EXPIRY, "card expiry", "card expiration", "cc exp", "card exp", "exp date", "expiry month year",
                    "card expiry date", "card expiration date")
            .add(CVV, "cvv", "cvc", "cvv2", "security code", "card verification code", "csc")
            .add(CARD_BRAND, "card type", "card brand", "card network", "card scheme")
            .add(ACCOUNT_NUMBER, "account number", "account no", "acct number", "acct no", "bank account",
                    "bank account number", "account num", "kontonummer")
            .add(ROUTING_NUMBER, "routing number", "aba", "aba number", "routing no", "aba routing", "rtn",
                    "transit number")
            .add(TAX_ID, "tax id", "tax number", "vat number", "vat id", "ein", "tin", "tax identification number",
                    "ust id", "steuernummer")
            .add(STOCK_SYMBOL, "ticker", "stock symbol", "ticker symbol", "stock ticker")
            .add(SALARY, "salary", "wage", "annual salary", "income", "gross salary", "compensation", "gehalt", "salario")
            .add(HOURLY_RATE, "hourly rate", "hourly wage", "rate per hour", "stundensatz")
            .add(REVENUE, "revenue", "turnover", "sales volume", "annual revenue", "umsatz")
            .add(INTEREST_RATE, "interest rate", "tax rate", "vat rate", "apr", "commission rate", "discount rate",
                    "zinssatz")
            // dates and times
            .add(CREATED_AT, "created at", "created", "created on", "creation date", "created date", "date created",
                    "create time", "create date", "creation time", "inserted at", "insert date", "registered at",
                    "registration date", "signup date", "signed up at", "joined at", "join date",
                    "date joined", "joined on", "added at", "date added", "added on", "opened at", "open date",
                    "member since", "customer since", "erstellt am", "ctime")
            .add(UPDATED_AT, "updated at", "updated", "updated on", "last updated", "last modified", "modified",
                    "modified at", "modified on", "date modified", "last changed", "changed at", "changed on",
                    "update time", "update date", "edited at", "last edited", "last update", "revised at", "mtime",
                    "modification date", "geaendert am")
            .add(DELETED_AT, "deleted at", "deleted on", "deleted", "removed at", "date deleted", "deletion date",
                    "archived at", "deactivated at", "disabled at", "purged at", "trashed at", "geloescht am")
            .add(BIRTH_DATE, "birth date", "date of birth", "dob", "birthday", "born on", "born", "geburtsdatum",
                    "date de naissance", "fecha de nacimiento", "fecha nacimiento")
            .add(EVENT_AT, "at", "on", "date", "time", "timestamp", "ts", "datetime", "occurred at", "happened at",
                    "event time", "event date", "logged at", "recorded at", "performed at", "scheduled at", "datum")
            .add(ORDERED_AT, "ordered at", "order date", "ordered on", "purchased at", "purchase date", "placed at",
                    "booked at", "booking date", "submitted at", "requested at", "order time", "date ordered",
                    "transaction date", "sold at", "sale date", "bestelldatum")
            .add(PAID_AT, "paid at", "payment date", "paid on", "approved at", "confirmed at", "accepted at",
                    "processed at", "verified at", "authorized at", "charged at", "captured at", "invoiced at",
                    "invoice date", "billed at", "billing date", "zahlungsdatum")
            .add(SHIPPED_AT, "shipped at", "ship date", "shipping date", "shipped on", "dispatched at", "dispatch date",
                    "sent at", "sent on", "published at", "publish date", "published on", "posted at", "released at",
                    "release date", "activated at", "versanddatum")
            .add(DELIVERED_AT, "delivered at", "delivery date", "delivered on", "received at", "completed at",
                    "completion date", "completed on", "finished at", "closed at", "resolved at", "fulfilled at",
                    "arrived at", "arrival date", "lieferdatum")
            .add(LAST_SEEN_AT, "last login", "last login at", "last seen", "last seen at", "last active",
                    "last activity", "last sign in", "last signed in at", "last access", "last accessed at",
                    "last visit", "last used", "last used at", "last login date")
            .add(START_DATE, "start date", "start", "starts at", "start time", "start at", "begin date", "begins at",
                    "valid from", "effective date", "effective from", "from date", "date from", "check in",
                    "checkin date", "period start", "subscription start", "started at", "started on", "startdatum")
            .add(END_DATE, "end date", "end", "ends at", "end time", "end at", "finish date", "valid to", "valid until",
                    "effective to", "to date", "date to", "check out", "checkout date", "period end",
                    "subscription end", "ended at", "terminated at", "enddatum")
            .add(EXPIRES_AT, "expires at", "expires", "expiry date", "expiration date", "expires on", "expiration",
                    "expiry", "valid thru", "expire at", "expire date", "ablaufdatum")
            .add(DUE_DATE, "due date", "due at", "due on", "deadline", "due by", "payment due", "pay by",
                    "faelligkeitsdatum")
            .add(HIRE_DATE, "hire date", "hired at", "hired on", "date hired", "employment date", "start of employment",
                    "employed since", "eintrittsdatum")
            .add(YEAR, "year", "yr", "model year", "release year", "fiscal year", "publication year", "year built",
                    "year founded", "jahr")
            .add(DURATION, "duration", "duration seconds", "elapsed", "runtime", "elapsed time", "length of stay", "dauer")
            // text
            .add(TITLE, "title", "subject", "headline", "heading", "caption", "topic", "page title", "titel", "titre",
                    "betreff")
            .add(DESCRIPTION, "description", "desc", "details", "product description", "long description",
                    "short description", "overview", "beschreibung", "descripcion")
            .add(SUMMARY, "summary", "abstract", "excerpt", "synopsis", "blurb", "teaser", "tagline",
                    "zusammenfassung")
            .add(BODY, "body", "content", "text", "message", "article body", "body text", "message body", "contents",
                    "inhalt", "nachricht")
            .add(COMMENT, "comment", "comments", "remark", "remarks", "feedback", "review", "review text", "reply",
                    "kommentar", "commentaire")
            .add(NOTES, "notes", "note", "memo", "internal notes", "additional info", "additional information",
                    "annotation", "observations", "notiz", "bemerkung")
            .add(BIO, "bio", "biography", "about", "about me", "profile text", "personal statement", "self description")
            .add(TAGS, "tags", "keywords", "labels", "hashtags", "schlagworte")
            // identifiers and codes
            .add(UUID, "uuid", "guid", "uid", "unique id", "public id", "correlation id", "request id", "trace id",
                    "external id")
            .add(ISBN, "isbn", "isbn13")
            .add(ISBN10, "isbn10")
            .add(EAN, "ean", "ean13", "barcode", "gtin", "gtin13", "ean code")
            .add(UPC, "upc", "upc code", "upc a")
            .add(HEX_COLOR, "hex color", "color hex", "color code", "hex code", "colour code", "hex colour",
                    "rgb hex", "html color")
            .add(VERSION, "version", "app version", "software version", "semver", "version number",
                    "firmware version", "build version")
            .add(MD5, "md5", "md5 hash", "md5 checksum")
            .add(SHA1, "sha1", "sha1 hash", "commit sha", "commit hash", "git sha")
            .add(SHA256, "sha256", "sha256 hash", "checksum", "hash", "digest", "etag", "fingerprint", "content hash",
                    "file hash")
            .add(LICENSE_PLATE, "license plate", "licence plate", "plate number", "number plate", "registration plate",
                    "plate", "kennzeichen")
            .add(VIN, "vin", "vehicle identification number", "chassis number")
            // statuses and categories
            .add(STATUS, "status", "account status", "user status", "lifecycle status")
            .add(ORDER_STATUS, "order status", "shipment status", "delivery status", "fulfillment status",
                    "shipping status")
            .add(PAYMENT_STATUS, "payment status", "invoice status", "transaction status", "billing status")
            .add(PRIORITY, "priority", "severity", "urgency", "importance", "prioritaet")
            .add(ROLE, "role", "user role", "access level", "permission level", "account role")
            .add(CATEGORICAL, "type", "kind", "mode", "level", "tier", "stage", "phase", "plan", "segment", "channel",
                    "source", "group", "variant", "class", "grade", "typ")
            // numbers and measures
            .add(COUNT, "count", "views", "likes", "clicks", "visits", "downloads", "followers", "shares", "votes",
                    "hits", "impressions", "attempts", "anzahl")
            .add(SCORE, "score", "points", "punkte")
            .add(PERCENTAGE, "percent", "percentage", "pct", "progress", "completion rate", "prozent")
            .add(RATIO, "ratio", "fraction", "probability", "conversion rate")
            .add(WEIGHT, "weight", "weight kg", "gross weight", "net weight", "mass", "gewicht", "peso", "poids")
            .add(DIMENSION, "height", "width", "depth", "length", "thickness", "diameter", "hoehe", "breite")
            // a bare name or code means what the table holds
            .inTable(FULL_NAME, "name", "user", "customer", "person", "people", "employee", "author", "member", "patient",
                    "contact", "student", "account", "owner", "client", "staff", "teacher", "driver", "passenger",
                    "guest", "subscriber", "buyer", "seller", "doctor", "agent")
            .inTable(PRODUCT_NAME, "name", "product", "item", "article", "good", "sku", "offer")
            .inTable(COMPANY, "name", "company", "organization", "organisation", "vendor", "supplier", "merchant",
                    "tenant", "business", "partner", "manufacturer", "publisher")
            .inTable(CATEGORY, "name", "category", "subcategory", "genre")
            .inTable(BRAND, "name", "brand")
            .inTable(CITY, "name", "city", "town")
            .inTable(COUNTRY, "name", "country")
            .inTable(DEPARTMENT, "name", "department", "division", "team")
            .inTable(UNIVERSITY, "name", "university", "school", "college")
            .inTable(COUNTRY_CODE, "code", "country")
            .inTable(CURRENCY_CODE, "code", "currency")
            .inTable(LANGUAGE_CODE, "code", "language");

    private NamePatterns() {
    }

    /** Every pattern, in catalogue order. */
    public static List<NamePattern> all() {
        return CATALOG.patterns;
    }

    /** The words of a name: {@code userEmail} → [user, email]; {@code IPAddress} → [ip, address]. */
    public static List<String> words(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(snake.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The meaning of a column name in a table, if it has a recognisable one. */
    public static Optional<Kind> detect(String table, String column) {
        List<String> w = words(column);
        for (int start = 0; start < w.size(); start++) {
            NamePattern p = CATALOG.byKey.get(String.join("", w.subList(start, w.size())));
            if (p != null && (!p.strict() || QUALIFIERS.containsAll(w.subList(0, start)))) {
                return Optional.of(p.kind());
            }
        }
        if (w.size() == 1) {
            return Optional.ofNullable(CATALOG.byTable.get(w.get(0) + ":" + entity(table))).map(NamePattern::kind);
        }
        return Optional.empty();
    }

    /** What a table holds, in the singular: {@code sales.OrderItems} → item; {@code people} → people. */
    static String entity(String table) {
        int dot = table.lastIndexOf('.');
        List<String> w = words(dot >= 0 ? table.substring(dot + 1) : table);
        if (w.isEmpty()) {
            return "";
        }
        return singular(w.get(w.size() - 1));
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Collects the patterns and refuses a phrase twice, so no pattern silently shadows another. */
    private static final class Catalog {
        final List<NamePattern> patterns = new ArrayList<>();
        final Map<String, NamePattern> byKey = new HashMap<>();
        final Map<String, NamePattern> byTable = new HashMap<>();

        Catalog add(Kind kind, String... phrases) {
            return put(kind, false, phrases);
        }

        Catalog strict(Kind kind, String... phrases) {
            return put(kind, true, phrases);
        }

        private Catalog put(Kind kind, boolean strict, String... phrases) {
            for (String phrase : phrases) {
                NamePattern p = new NamePattern(phrase, kind, strict, null);
                if (byKey.putIfAbsent(p.key(), p) != null) {
                    throw new IllegalStateException("pattern \"" + phrase + "\" is listed twice");
                }
                patterns.add(p);
            }
            return this;
        }

        /** A bare column word that means {@code kind} in tables of these things (singular). */
        Catalog inTable(Kind kind, String column, String... tables) {
            NamePattern p = new NamePattern(column, kind, true, List.of(tables));
            for (String t : tables) {
                if (byTable.putIfAbsent(column + ":" + t, p) != null) {
                    throw new IllegalStateException("table pattern " + column + " in " + t + " is listed twice");
                }
            }
            patterns.add(p);
            return this;
        }
    }
}
