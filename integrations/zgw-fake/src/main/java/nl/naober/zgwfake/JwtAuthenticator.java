package nl.naober.zgwfake;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/**
 * Checks the {@code Authorization: Bearer <JWT>} header like Open Zaak: HS256 only, a known
 * {@code client_id}, a valid signature with that client's secret and an {@code iat} that is present, not
 * older than {@link ZgwFakeProperties#tokenMaxAge()} and not in the future (beyond a small skew).
 * Missing header: 401; anything else wrong: 403.
 */
@Component
class JwtAuthenticator {

    private final Map<String, ZgwFakeProperties.Client> clients;
    private final ZgwFakeProperties properties;

    JwtAuthenticator(ZgwFakeProperties properties) {
        this.properties = properties;
        this.clients = properties.clients().stream()
                .collect(Collectors.toUnmodifiableMap(ZgwFakeProperties.Client::clientId, Function.identity()));
    }

    ZgwFakeProperties.Client authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ZgwException.notAuthenticated();
        }
        if (!authorization.startsWith("Bearer ")) {
            throw ZgwException.permissionDenied("De Authorization header moet een Bearer JWT bevatten.");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(authorization.substring("Bearer ".length()).trim());
        } catch (ParseException e) {
            throw ZgwException.permissionDenied("Ongeldige JWT: " + e.getMessage());
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw ZgwException.permissionDenied("Alleen HS256 JWT's worden geaccepteerd.");
        }
        try {
            Object clientId = jwt.getJWTClaimsSet().getClaim("client_id");
            ZgwFakeProperties.Client client = clientId == null ? null : clients.get(clientId.toString());
            if (client == null) {
                throw ZgwException.permissionDenied("Client identifier bestaat niet.");
            }
            if (!jwt.verify(new MACVerifier(client.secret().getBytes(StandardCharsets.UTF_8)))) {
                throw ZgwException.permissionDenied("De JWT-signature is ongeldig.");
            }
            Date issuedAt = jwt.getJWTClaimsSet().getIssueTime();
            if (issuedAt == null) {
                throw ZgwException.permissionDenied("De JWT mist de 'iat' claim.");
            }
            Instant now = Instant.now();
            if (issuedAt.toInstant().isBefore(now.minus(properties.tokenMaxAge()))) {
                throw ZgwException.permissionDenied("De JWT is verlopen (iat ouder dan "
                        + properties.tokenMaxAge().toMinutes() + " minuten).");
            }
            if (issuedAt.toInstant().isAfter(now.plus(properties.clockSkew()))) {
                throw ZgwException.permissionDenied("De JWT 'iat' ligt in de toekomst.");
            }
            return client;
        } catch (ParseException | JOSEException e) {
            throw ZgwException.permissionDenied("Ongeldige JWT: " + e.getMessage());
        }
    }
}
