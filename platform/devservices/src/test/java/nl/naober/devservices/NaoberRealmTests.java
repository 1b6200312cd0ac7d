package nl.naober.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

class NaoberRealmTests {

    private static Map<String, String> allPlaceholders() {
        Map<String, String> values = new HashMap<>();
        NaoberRealm.PLACEHOLDERS.forEach(name -> values.put(name, "value-of-" + name));
        values.put("NAOBER_SMTP_PORT", "2525");
        return values;
    }

    @Test
    void substitutesEveryPlaceholder() throws IOException {
        String json = NaoberRealm.json(allPlaceholders());

        assertThat(json).doesNotContain("${");
        RealmRepresentation realm = JsonSerialization.readValue(json, RealmRepresentation.class);
        assertThat(realm.getRealm()).isEqualTo(NaoberRealm.NAME);
        assertThat(realm.getSmtpServer()).containsEntry("port", "2525");
        assertThat(realm.getClients()).anySatisfy(client -> {
            assertThat(client.getClientId()).isEqualTo("naober-app");
            assertThat(client.getSecret()).isEqualTo("value-of-NAOBER_APP_CLIENT_SECRET");
        });
    }

    @Test
    void refusesToLeaveAPlaceholderUnresolved() {
        Map<String, String> values = allPlaceholders();
        values.remove("NAOBER_DEMO_PASSWORD");

        assertThatThrownBy(() -> NaoberRealm.json(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NAOBER_DEMO_PASSWORD");
    }

    @Test
    void escapesValuesForJson() throws IOException {
        Map<String, String> values = allPlaceholders();
        values.put("NAOBER_DEMO_PASSWORD", "quote\" backslash\\ $1 ${NOT_A_PLACEHOLDER}");

        RealmRepresentation realm = JsonSerialization.readValue(NaoberRealm.json(values), RealmRepresentation.class);

        assertThat(realm.getUsers().getFirst().getCredentials().getFirst().getValue())
                .isEqualTo("quote\" backslash\\ $1 ${NOT_A_PLACEHOLDER}");
    }
}
