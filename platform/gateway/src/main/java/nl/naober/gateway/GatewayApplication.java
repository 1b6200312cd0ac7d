package nl.naober.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The only public entry of the platform: logs users in with Keycloak (BFF, tokens stay in the
 * server-side session), resolves and checks the municipality, rate-limits and relays requests to
 * the app with the access token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
