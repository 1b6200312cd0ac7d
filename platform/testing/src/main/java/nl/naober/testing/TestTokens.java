package nl.naober.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens shaped like Keycloak's ({@code realm_access.roles}, {@code organization})
 * with an RSA key made for this test JVM. The public key is written to a PEM file that the app
 * reads as {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, so the app
 * validates signatures for real.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/naober";

    private static final KeyPair KEYS = generate();
    private static final KeyPair FOREIGN_KEYS = generate();
    private static volatile Path publicKeyFile;

    private TestTokens() {
    }

    /** A token of a user of one municipality with the given realm roles. */
    public static String of(String municipality, String... roles) {
        return sign(KEYS, claims(municipality, List.of(roles), Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** A token of a known user (its {@code sub}), for tests that look the user up. */
    public static String forSubject(String subject, String municipality, String... roles) {
        JWTClaimsSet base = claims(municipality, List.of(roles), Instant.now().plus(Duration.ofMinutes(5)));
        return sign(KEYS, new JWTClaimsSet.Builder(base).subject(subject).build());
    }

    /** A token without an organization claim (for example a platform administrator). */
    public static String withoutMunicipality(String... roles) {
        return of(null, roles);
    }

    /** A token that expired a minute ago. */
    public static String expired(String municipality, String... roles) {
        return sign(KEYS, claims(municipality, List.of(roles), Instant.now().minus(Duration.ofMinutes(1))));
    }

    /** A well-formed token signed with a key the app does not trust. */
    public static String signedByStranger(String municipality, String... roles) {
        return sign(FOREIGN_KEYS, claims(municipality, List.of(roles), Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** Location of the PEM file with the public key, as a Spring resource location. */
    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("naober-test-jwt", ".pem");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile.toUri().toString();
    }

    private static JWTClaimsSet claims(String municipality, List<String> roles, Instant expiry) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", "test-" + String.join("-", roles))
                .claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiry));
        if (municipality != null) {
            builder.claim("organization", List.of(municipality));
        }
        return builder.build();
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID("test").build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
