package nl.naober.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseCookie;

/**
 * The village switcher's choice, kept in the browser. It only says which of her own villages a
 * supporter looks at; it is checked against her villages on every request, so a forged value
 * selects nothing. HttpOnly (no script needs it), SameSite=Lax, and scoped to the municipality's
 * path prefix so that two municipalities in one browser keep separate choices.
 */
final class VillageCookie {

    static final String NAME = "naober-village";

    private VillageCookie() {
    }

    static Optional<UUID> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .flatMap(value -> parse(value).stream()).findFirst();
    }

    /** A session cookie: the choice lasts as long as the browser session (UI.md, "the choice stays in the session"). */
    static ResponseCookie of(UUID village, HttpServletRequest request) {
        String contextPath = request.getContextPath();
        return ResponseCookie.from(NAME, village.toString())
                .httpOnly(true)
                .sameSite("Lax")
                .secure(request.isSecure())
                .path(contextPath.isEmpty() ? "/" : contextPath)
                .build();
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
