package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.naober.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;

/** The app, called directly (bypassing the gateway), accepts only valid tokens of the real Keycloak. */
class AppTokenIntegrationTests {

    @Test
    void acceptsAValidTokenAndRejectsItOnceExpired() throws Exception {
        E2eStack.Municipality m = E2eStack.municipality("tok", "Lattrop");
        String path = "/api/v1/municipalities/" + m.slug() + "/villages";
        RealmRepresentation realm = E2eStack.realm().toRepresentation();
        int lifespan = realm.getAccessTokenLifespan();
        String shortLived;
        try {
            realm.setAccessTokenLifespan(3);
            E2eStack.realm().update(realm);
            shortLived = E2eStack.token(m.admin());
        } finally {
            realm.setAccessTokenLifespan(lifespan);
            E2eStack.realm().update(realm);
        }

        assertThat(E2eStack.call("GET", path, shortLived, null).status()).isEqualTo(200);
        Thread.sleep(5_000); // lifespan 3 s plus the stack's clock skew of 1 s
        E2eStack.Response expired = E2eStack.call("GET", path, shortLived, null);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).contains("niet (meer) aangemeld");
    }

    @Test
    void rejectsTamperedAndForeignTokens() {
        E2eStack.Municipality m = E2eStack.municipality("tamper", "Tilligte");
        String path = "/api/v1/municipalities/" + m.slug() + "/villages";
        String real = E2eStack.token(m.admin());
        String[] parts = real.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

        assertThat(E2eStack.call("GET", path, tampered, null).status()).isEqualTo(401);
        assertThat(E2eStack.call("GET", path, TestTokens.signedByStranger(m.slug(), "municipal-admin"), null)
                .status()).isEqualTo(401);
        assertThat(E2eStack.call("GET", path, null, null).status()).isEqualTo(401);
    }

    @Test
    void aRealTokenOfOneMunicipalityIsRefusedForAnother() {
        E2eStack.Municipality a = E2eStack.municipality("real-a", "Agelo");
        E2eStack.Municipality b = E2eStack.municipality("real-b", "Beuningen");

        E2eStack.Response response = E2eStack.call("GET", "/api/v1/municipalities/" + b.slug() + "/villages",
                E2eStack.token(a.admin()), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Beuningen");
    }
}
