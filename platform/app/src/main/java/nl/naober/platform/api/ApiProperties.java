package nl.naober.platform.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param version the full version of the API, sent as the {@code API-Version} header */
@ConfigurationProperties("naober.api")
public record ApiProperties(String version) {
}
