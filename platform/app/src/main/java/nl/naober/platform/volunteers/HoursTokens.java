package nl.naober.platform.volunteers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The tokens of volunteers' personal links: 256 random bits from {@link SecureRandom}, URL-safe
 * Base64 without padding (43 characters); only their SHA-256 is stored. A token of the wrong shape is
 * treated as unknown without a database lookup.
 */
@Component
class HoursTokens {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The public page of a link, relative to the app (the gateway forwards {@code /publiek/**} as it is). */
    static String path(String municipality, String token) {
        return "/publiek/" + municipality + "/uren/" + token;
    }
}
