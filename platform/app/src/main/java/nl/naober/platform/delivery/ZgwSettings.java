package nl.naober.platform.delivery;

import java.net.URI;

/**
 * A municipality's case system behind the ZGW APIs (1.5 set). The JWT is HS256 with
 * {@code clientId} and {@code secret} (SOURCES.md, Open Zaak's authentication). {@code rsin} is the
 * municipality's RSIN ({@code bronorganisatie}); {@code zaaktype} the identificatie of the WMO-melding
 * zaaktype in its catalogue. {@code notificationToken} is the secret the municipality's Notificaties
 * component sends as {@code Authorization: Token <notificationToken>} when it calls our webhook (the
 * abonnement's {@code auth}, which Naober registers itself when {@code notificatiesUrl} is set);
 * without it Naober polls the case status.
 */
public record ZgwSettings(URI catalogiUrl, URI zakenUrl, URI documentenUrl, URI notificatiesUrl, String clientId,
        String secret, String rsin, String zaaktype, String notificationToken) {
}
