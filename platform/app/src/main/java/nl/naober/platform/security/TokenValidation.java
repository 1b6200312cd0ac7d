package nl.naober.platform.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Tokens of the real identity provider: signature by the realm's keys, the realm as issuer, and
 * expiry with a small, configured clock skew ({@code naober.security.token-clock-skew}, default
 * 30 s; Spring's default of 60 s keeps a token of a deactivated colleague alive a minute longer).
 * The realm's keys are fetched on first use, so the app starts while Keycloak is still starting.
 */
@Configuration
@ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")
class TokenValidation {

    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${naober.security.token-clock-skew:30s}") Duration clockSkew) {
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(clockSkew),
                    new JwtIssuerValidator(issuer)));
            return decoder;
        });
    }
}
