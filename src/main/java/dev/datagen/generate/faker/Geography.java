package dev.datagen.generate.faker;

import java.util.HashMap;
import java.util.Map;

/**
 * Where places of a country lie and which time zone they use, so that latitude, longitude and time
 * zone agree with the row's country (and, for the United States, with its state). Datafaker's own
 * coordinates and zones are uniform over the world, which no address of one country would have.
 */
final class Geography {
    /** A rectangle around a country or state: [latMin, latMax, lonMin, lonMax]. */
    record Box(double latMin, double latMax, double lonMin, double lonMax) {
        static Box around(double lat, double lon, double radius) {
            return new Box(lat - radius, lat + radius, lon - radius, lon + radius);
        }
    }

    static final Box WORLD = new Box(-50, 65, -150, 150);

    // ISO code, bounding box, main time zone
    private static final Object[][] COUNTRIES = {
        {"US", new Box(30, 47, -122, -75), "America/New_York"},
        {"DE", new Box(47.5, 54.8, 6.0, 14.8), "Europe/Berlin"},
        {"AT", new Box(46.5, 48.9, 9.6, 17.0), "Europe/Vienna"},
        {"CH", new Box(45.9, 47.7, 6.0, 10.4), "Europe/Zurich"},
        {"FR", new Box(43.2, 50.9, -1.5, 7.5), "Europe/Paris"},
        {"ES", new Box(36.5, 43.5, -8.9, 3.0), "Europe/Madrid"},
        {"IT", new Box(37.5, 46.5, 7.5, 16.5), "Europe/Rome"},
        {"NL", new Box(51.0, 53.4, 3.6, 7.0), "Europe/Amsterdam"},
        {"BE", new Box(49.6, 51.4, 2.6, 6.3), "Europe/Brussels"},
        {"GB", new Box(50.5, 57.5, -5.0, 1.5), "Europe/London"},
        {"IE", new Box(51.7, 55.2, -10.0, -6.1), "Europe/Dublin"},
        {"PT", new Box(37.1, 42.0, -8.9, -6.3), "Europe/Lisbon"},
        {"PL", new Box(49.2, 54.7, 14.3, 24.0), "Europe/Warsaw"},
        {"SE", new Box(55.5, 65.0, 11.5, 19.0), "Europe/Stockholm"},
        {"JP", new Box(31.5, 43.3, 130.5, 144.5), "Asia/Tokyo"},
        {"CN", new Box(22.5, 41.0, 103.0, 121.5), "Asia/Shanghai"},
        {"KR", new Box(34.8, 38.3, 126.5, 129.3), "Asia/Seoul"},
        {"IN", new Box(9.0, 30.0, 72.5, 88.0), "Asia/Kolkata"},
        {"BR", new Box(-30.0, -3.0, -55.0, -35.5), "America/Sao_Paulo"},
        {"MX", new Box(17.0, 28.0, -106.0, -97.0), "America/Mexico_City"},
        {"AR", new Box(-38.0, -24.0, -65.0, -58.0), "America/Argentina/Buenos_Aires"},
        {"CA", new Box(43.0, 53.0, -123.0, -64.0), "America/Toronto"},
        {"AU", new Box(-37.8, -27.0, 115.5, 153.0), "Australia/Sydney"},
        {"NZ", new Box(-46.0, -35.5, 168.5, 178.0), "Pacific/Auckland"},
        {"ZA", new Box(-34.0, -23.0, 18.5, 31.0), "Africa/Johannesburg"},
    };

    // state code, latitude and longitude of its middle, time zone
    private static final String US_STATES = "AL 32.8 -86.8 America/Chicago;AK 61.4 -152.3 America/Anchorage;"
            + "AZ 34.2 -111.6 America/Phoenix;AR 34.9 -92.4 America/Chicago;CA 37.2 -119.5 America/Los_Angeles;"
            + "CO 39.0 -105.5 America/Denver;CT 41.6 -72.7 America/New_York;DE 39.0 -75.5 America/New_York;"
            + "FL 28.6 -82.4 America/New_York;GA 32.7 -83.4 America/New_York;HI 20.8 -156.3 Pacific/Honolulu;"
            + "ID 44.4 -114.6 America/Boise;IL 40.0 -89.2 America/Chicago;IN 39.9 -86.3 America/Indiana/Indianapolis;"
            + "IA 42.1 -93.5 America/Chicago;KS 38.5 -98.4 America/Chicago;KY 37.5 -85.3 America/New_York;"
            + "LA 31.1 -92.0 America/Chicago;ME 45.4 -69.2 America/New_York;MD 39.0 -76.8 America/New_York;"
            + "MA 42.3 -71.8 America/New_York;MI 44.3 -85.4 America/Detroit;MN 46.3 -94.3 America/Chicago;"
            + "MS 32.7 -89.7 America/Chicago;MO 38.4 -92.5 America/Chicago;MT 47.0 -109.6 America/Denver;"
            + "NE 41.5 -99.8 America/Chicago;NV 39.3 -116.6 America/Los_Angeles;NH 43.7 -71.6 America/New_York;"
            + "NJ 40.2 -74.7 America/New_York;NM 34.4 -106.1 America/Denver;NY 42.9 -75.5 America/New_York;"
            + "NC 35.6 -79.4 America/New_York;ND 47.5 -100.5 America/Chicago;OH 40.3 -82.8 America/New_York;"
            + "OK 35.6 -97.5 America/Chicago;OR 43.9 -120.6 America/Los_Angeles;PA 40.9 -77.8 America/New_York;"
            + "RI 41.7 -71.5 America/New_York;SC 33.9 -80.9 America/New_York;SD 44.4 -100.2 America/Chicago;"
            + "TN 35.9 -86.4 America/Chicago;TX 31.5 -99.3 America/Chicago;UT 39.3 -111.7 America/Denver;"
            + "VT 44.1 -72.7 America/New_York;VA 37.5 -78.9 America/New_York;WA 47.4 -120.5 America/Los_Angeles;"
            + "WV 38.6 -80.6 America/New_York;WI 44.6 -89.9 America/Chicago;WY 43.0 -107.6 America/Denver;"
            + "DC 38.9 -77.0 America/New_York";

    private static final Map<String, Box> BOXES = new HashMap<>();
    private static final Map<String, String> ZONES = new HashMap<>();

    static {
        for (Object[] c : COUNTRIES) {
            BOXES.put((String) c[0], (Box) c[1]);
            ZONES.put((String) c[0], (String) c[2]);
        }
        for (String state : US_STATES.split(";")) {
            String[] f = state.split(" ");
            BOXES.put("US-" + f[0], Box.around(Double.parseDouble(f[1]), Double.parseDouble(f[2]), 1.2));
            ZONES.put("US-" + f[0], f[3]);
        }
    }

    private Geography() {
    }

    /** The area a place of this country (and state, where known) lies in. */
    static Box box(String countryCode, String stateCode) {
        Box state = BOXES.get(countryCode + "-" + stateCode);
        return state != null ? state : BOXES.getOrDefault(countryCode, WORLD);
    }

    /** The place's time zone: the state's, else the country's main zone, else UTC. */
    static String timeZone(String countryCode, String stateCode) {
        String state = ZONES.get(countryCode + "-" + stateCode);
        return state != null ? state : ZONES.getOrDefault(countryCode, "UTC");
    }
}
