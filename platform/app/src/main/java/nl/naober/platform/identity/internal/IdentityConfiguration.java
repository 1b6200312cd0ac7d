package nl.naober.platform.identity.internal;

import nl.naober.platform.identity.IdentityDirectory;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.OAuth2Constants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(KeycloakProperties.class)
class IdentityConfiguration {

    @Configuration
    @ConditionalOnProperty(name = "naober.keycloak.enabled", havingValue = "true")
    static class WithKeycloak {

        @Bean(destroyMethod = "close")
        Keycloak keycloakAdmin(KeycloakProperties properties) {
            return KeycloakBuilder.builder()
                    .serverUrl(properties.serverUrl())
                    .realm(properties.realm())
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .build();
        }

        @Bean
        KeycloakOrganizations keycloakOrganizations(Keycloak keycloak, KeycloakProperties properties) {
            return new KeycloakOrganizations(realm(keycloak, properties));
        }

        @Bean
        KeycloakOrganizationStep keycloakOrganizationStep(Keycloak keycloak, KeycloakProperties properties,
                KeycloakOrganizations organizations) {
            return new KeycloakOrganizationStep(realm(keycloak, properties), organizations);
        }

        @Bean
        IdentityDirectory keycloakIdentityDirectory(Keycloak keycloak, KeycloakProperties properties,
                KeycloakOrganizations organizations) {
            return new KeycloakIdentityDirectory(realm(keycloak, properties), organizations, properties);
        }

        private static RealmResource realm(Keycloak keycloak, KeycloakProperties properties) {
            return keycloak.realm(properties.realm());
        }
    }

    @Configuration
    @ConditionalOnProperty(name = "naober.keycloak.enabled", havingValue = "false", matchIfMissing = true)
    static class WithoutKeycloak {

        @Bean
        IdentityDirectory unavailableIdentityDirectory() {
            return new UnavailableIdentityDirectory();
        }
    }
}
