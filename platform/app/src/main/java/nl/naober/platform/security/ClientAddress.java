package nl.naober.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the person behind a request, for limits on anonymous (public) forms. Behind the
 * gateway that is the gateway's {@code X-Naober-Client-Address} (the gateway drops any such header a
 * client sends and sets its own from the connection, after its trusted proxies); directly, the
 * connection's address.
 */
public final class ClientAddress {

    static final String HEADER = "X-Naober-Client-Address";
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader(HEADER);
        if (forwarded != null && !forwarded.isBlank() && forwarded.length() <= MAX_LENGTH
                && forwarded.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == ':')) {
            return forwarded;
        }
        return request.getRemoteAddr();
    }
}
