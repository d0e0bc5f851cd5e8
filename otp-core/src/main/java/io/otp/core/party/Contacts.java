package io.otp.core.party;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sanity checks for contact data held as plain text. They catch typing slips (a missing {@code @}, a
 * space, a missing scheme), not every address the standards allow.
 */
final class Contacts {

    /** RFC 5321 limits a path to 256 octets, two of them the angle brackets. */
    private static final int MAX_EMAIL_LENGTH = 254;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

    private Contacts() {
    }

    static boolean isPlausibleEmail(String email) {
        return email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
    }

    static boolean isPlausibleWebsite(String website) {
        if (website.isEmpty() || website.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(website);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return (scheme.equals("http") || scheme.equals("https"))
                && host != null && host.indexOf('.') > 0 && !host.endsWith(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
