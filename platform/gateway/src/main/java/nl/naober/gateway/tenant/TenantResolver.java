package nl.naober.gateway.tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.naober.gateway.GatewayProperties;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.TenantId;
import org.springframework.stereotype.Component;

/**
 * Finds the municipality a request is meant for: by host ({@code dinkelland.<domain>}) or, for
 * local use, by the path prefix {@code /g/dinkelland/…}. Only what is a valid slug counts.
 */
@Component
public class TenantResolver {

    private static final Pattern PATH_PREFIX = Pattern.compile("^/g/([^/]+)(?:/.*)?$");

    private final String hostSuffix;

    public TenantResolver(GatewayProperties properties) {
        this.hostSuffix = "." + properties.domain();
    }

    /** The municipality named by the host label in front of the configured domain. */
    public Optional<TenantId> fromHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = stripPort(host.toLowerCase(Locale.ROOT));
        if (!name.endsWith(hostSuffix)) {
            return Optional.empty();
        }
        String label = name.substring(0, name.length() - hostSuffix.length());
        return label.contains(".") ? Optional.empty() : parse(label);
    }

    /** The municipality named by the path prefix {@code /g/{municipality}}. */
    public Optional<TenantId> fromPath(String path) {
        Matcher matcher = PATH_PREFIX.matcher(path == null ? "" : path);
        return matcher.matches() ? parse(matcher.group(1)) : Optional.empty();
    }

    private static String stripPort(String host) {
        if (host.startsWith("[")) {
            return host; // an IPv6 literal is never a municipality host
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static Optional<TenantId> parse(String slug) {
        try {
            return Optional.of(TenantId.of(slug));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
