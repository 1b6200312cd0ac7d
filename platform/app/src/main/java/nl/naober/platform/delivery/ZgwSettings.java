package nl.naober.platform.delivery;

import java.net.URI;

/**
 * A municipality's case system behind the ZGW APIs (1.5 set). The JWT is HS256 with
 * {@code clientId} and {@code secret} (SOURCES.md, Open Zaak's authentication). {@code rsin} is the
 * municipality's RSIN ({@code bronorganisatie}); {@code zaaktype} the identificatie of the WMO-melding
 * zaaktype in its catalogue. {@code notificationToken} is what the municipality's Notificaties
 * component sends in {@code Authorization} when it calls our webhook; without it Naober polls.
 */
public record ZgwSettings(URI catalogiUrl, URI zakenUrl, URI documentenUrl, URI notificatiesUrl, String clientId,
        String secret, String rsin, String zaaktype, String notificationToken) {
}
