package nl.naober.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack's stand-in for the identity provider: an RSA key kept in the local home, whose
 * public half the app trusts, and demo access tokens shaped like Keycloak's. Never used outside
 * the local stack.
 */
final class LocalSigningKey {

    static final String ISSUER = "http://localhost/naober-local";

    private final KeyPair keys;
    private final Path publicKeyFile;

    private LocalSigningKey(KeyPair keys, Path publicKeyFile) {
        this.keys = keys;
        this.publicKeyFile = publicKeyFile;
    }

    static LocalSigningKey loadOrCreate(Path home) throws IOException, GeneralSecurityException {
        Path privateFile = home.resolve("local-signing-key.pk8");
        Path publicFile = home.resolve("local-signing-key.pub.pem");
        KeyPair keys;
        if (Files.exists(privateFile)) {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            keys = new KeyPair(publicKey, privateKey);
        } else {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            Files.createDirectories(home);
            Files.write(privateFile, keys.getPrivate().getEncoded());
        }
        Files.writeString(publicFile, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return new LocalSigningKey(keys, publicFile);
    }

    String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    /** A token for a user of {@code municipality} (null for none) with one realm role, valid for 12 hours. */
    String token(String username, String municipality, String role) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(12))));
        if (municipality != null) {
            claims.claim("organization", List.of(municipality));
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
