package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nl.naober.devservices.KeycloakServer;
import nl.naober.devservices.NaoberRealm;
import nl.naober.local.NaoberStack;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The realm file against a real Keycloak: what the platform service does through the
 * {@code naober-app} service account (not the master administrator), and what ends up in tokens.
 */
class RealmIntegrationTests {

    private static KeycloakServer keycloak;
    private static Keycloak app;
    private static String demoPassword;
    private static String suffix;

    @BeforeAll
    static void serviceAccountOfTheApp() {
        NaoberStack stack = E2eStack.get();
        keycloak = stack.keycloak();
        demoPassword = stack.demoPassword();
        suffix = Long.toString(System.nanoTime(), 36);
        app = KeycloakBuilder.builder()
                .serverUrl(keycloak.baseUrl())
                .realm(NaoberRealm.NAME)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId("naober-app")
                .clientSecret(stack.appClientSecret())
                .build();
    }

    @AfterAll
    static void closeClient() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void serviceAccountManagesOrganizationsMembersRolesAndEmails() throws Exception {
        RealmResource realm = app.realm(NaoberRealm.NAME);

        OrganizationRepresentation dinkelland = new OrganizationRepresentation();
        dinkelland.setName("Dinkelland " + suffix);
        dinkelland.setAlias("dinkelland-" + suffix);
        String organizationId;
        try (Response response = realm.organizations().create(dinkelland)) {
            organizationId = CreatedResponseUtil.getCreatedId(response);
        }
        OrganizationResource organization = realm.organizations().get(organizationId);

        UserRepresentation anna = new UserRepresentation();
        anna.setUsername("anna-" + suffix);
        anna.setEmail("anna@" + suffix + ".example");
        anna.setFirstName("Anna");
        anna.setLastName("Jansen");
        anna.setEnabled(true);
        String userId;
        try (Response response = realm.users().create(anna)) {
            userId = CreatedResponseUtil.getCreatedId(response);
        }
        UserResource user = realm.users().get(userId);

        assertThat(realm.users().searchByEmail("anna@" + suffix + ".example", true)).hasSize(1);
        try (Response response = organization.members().addMember(userId)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        assertThat(organization.members().getAll()).extracting(member -> member.getUsername()).containsExactly("anna-" + suffix);
        assertThat(realm.organizations().members().getOrganizations(userId, true))
                .extracting(OrganizationRepresentation::getAlias).containsExactly("dinkelland-" + suffix);
        // the realm role is looked up through the user's mappable roles: no view-realm needed
        RoleRepresentation supporter = user.roles().realmLevel().listAvailable().stream()
                .filter(role -> role.getName().equals("supporter"))
                .findFirst().orElseThrow();
        user.roles().realmLevel().add(List.of(supporter));

        user.executeActionsEmail(List.of("UPDATE_PASSWORD"));
        MimeMessage mail = Mails.awaitMessageTo(E2eStack.get(), "anna@" + suffix + ".example");
        assertThat(GreenMailUtil.getBody(mail))
                .contains(keycloak.issuerUri(NaoberRealm.NAME) + "/login-actions/action-token?key=");

        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Welkom-in-Denekamp-1");
        password.setTemporary(false);
        user.resetPassword(password);

        Map<String, Object> claims = accessTokenClaims("anna-" + suffix, "Welkom-in-Denekamp-1");
        assertThat(claims.get("organization")).isEqualTo(List.of("dinkelland-" + suffix));
        assertThat(realmRoles(claims)).contains("supporter");
        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri(NaoberRealm.NAME));

        try (Response response = organization.delete()) {
            assertThat(response.getStatus()).isEqualTo(204);
        }
        assertThat(realm.organizations().search("Dinkelland " + suffix)).isEmpty();
        realm.users().delete(userId).close();
    }

    @Test
    void serviceAccountCannotManageTheRealmOrItsClients() {
        RealmResource realm = app.realm(NaoberRealm.NAME);
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("sneaky-" + suffix);

        // methods returning a Response report refusal as a status, not as an exception
        try (Response response = realm.clients().create(client)) {
            assertThat(response.getStatus()).isEqualTo(403);
        }
        assertThatThrownBy(() -> realm.clients().findAll()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(realm::remove).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> realm.roles().get("supporter").toRepresentation()).isInstanceOf(ForbiddenException.class);
        assertThat(keycloak.adminClient().realm(NaoberRealm.NAME).clients().findByClientId("sneaky-" + suffix)).isEmpty();
    }

    @Test
    void platformAdministratorLogsInWithoutAnOrganization() throws Exception {
        Map<String, Object> claims = accessTokenClaims("platformbeheer", demoPassword);

        assertThat(realmRoles(claims)).contains("platform-admin");
        assertThat(claims).doesNotContainKey("organization");
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(300);
    }

    @Test
    void everyClientGetsTheOrganizationScopeByDefault() {
        RealmResource realm = keycloak.adminClient().realm(NaoberRealm.NAME);
        for (String clientId : List.of("naober-gateway", "naober-app", "naober-tests")) {
            String id = realm.clients().findByClientId(clientId).getFirst().getId();
            assertThat(realm.clients().get(id).getDefaultClientScopes())
                    .extracting(scope -> scope.getName())
                    .as(clientId)
                    .contains("organization", "basic", "profile", "email", "roles", "web-origins", "acr");
        }
        assertThat(realm.toRepresentation().isOrganizationsEnabled()).isTrue();
        // the realm file defines no client scopes: Keycloak creates "organization" itself, with the one
        // mapper that fills the claim (a second mapper with that claim name would merge shapes)
        assertThat(realm.clientScopes().findAll())
                .flatExtracting(scope -> scope.getProtocolMappers() == null ? List.of() : scope.getProtocolMappers())
                .filteredOn(mapper -> "organization".equals(mapper.getConfig().get("claim.name")))
                .extracting(mapper -> mapper.getProtocolMapper())
                .containsExactly("oidc-organization-membership-mapper");
    }

    @Test
    void importReplacesAnExistingRealm() {
        keycloak.importRealm("""
                {"realm": "reimported-%s", "enabled": true, "displayName": "first"}""".formatted(suffix));
        keycloak.importRealm("""
                {"realm": "reimported-%s", "enabled": true, "displayName": "second"}""".formatted(suffix));

        assertThat(keycloak.adminClient().realm("reimported-" + suffix).toRepresentation().getDisplayName()).isEqualTo("second");
        keycloak.adminClient().realm("reimported-" + suffix).remove();
    }

    private static Map<String, Object> accessTokenClaims(String username, String password)
            throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "naober-tests",
                        "username", username, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloak.issuerUri(NaoberRealm.NAME) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            String accessToken = (String) JsonSerialization.readValue(response.body(), Map.class).get("access_token");
            byte[] payload = Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]);
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = JsonSerialization.readValue(payload, Map.class);
            return claims;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        return (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
    }
}
