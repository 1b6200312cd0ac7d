package nl.naober.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's Keycloak realm, {@value #NAME}: roles, clients ({@code naober-gateway},
 * {@code naober-app}, {@code naober-tests}), SMTP and the platform administrator, kept in
 * {@code classpath:keycloak/naober-realm.json}.
 *
 * <p>Everything that differs per environment is a {@code ${PLACEHOLDER}} in the file:
 * {@code NAOBER_SMTP_HOST}, {@code NAOBER_SMTP_PORT}, {@code NAOBER_GATEWAY_URL},
 * {@code NAOBER_GATEWAY_CLIENT_SECRET}, {@code NAOBER_APP_CLIENT_SECRET}, {@code NAOBER_DEMO_PASSWORD}.
 */
public final class NaoberRealm {

    /** The realm's name; the issuer is {@code <keycloak>/realms/naober}. */
    public static final String NAME = "naober";

    /** The placeholders the realm file uses. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "NAOBER_SMTP_HOST", "NAOBER_SMTP_PORT", "NAOBER_GATEWAY_URL",
            "NAOBER_GATEWAY_CLIENT_SECRET", "NAOBER_APP_CLIENT_SECRET", "NAOBER_DEMO_PASSWORD");

    private static final String RESOURCE = "keycloak/naober-realm.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private NaoberRealm() {
    }

    /**
     * {@code classpath:keycloak/naober-realm.json} with its {@code ${PLACEHOLDER}}s substituted. Values
     * are escaped for a JSON string, so any text is safe.
     *
     * @throws IllegalArgumentException if a placeholder in the file has no value
     */
    public static String json(Map<String, String> placeholders) {
        String template = template();
        TreeSet<String> missing = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder(template.length());
        while (matcher.find()) {
            String value = placeholders.get(matcher.group(1));
            if (value == null) {
                missing.add(matcher.group(1));
                value = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(jsonEscape(value)));
        }
        matcher.appendTail(result);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("No value for placeholders " + missing + " in " + RESOURCE);
        }
        return result.toString();
    }

    private static String template() {
        try (InputStream in = NaoberRealm.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    // every placeholder sits inside a JSON string literal
    private static String jsonEscape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
