package nl.naober.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.naober.kernel.TenantId;
import nl.naober.platform.privacy.PrivacyProperties.MasterKey;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The key configuration is checked at start-up, and every mistake is named without showing a secret. */
class PrivacyConfigurationTests {

    private static final String SECRET = TestKeys.secret("k1");

    @Test
    void withoutKeysTheStartFailsUnlessTheDevelopmentKeyIsAllowed() {
        assertThatThrownBy(() -> Keyring.of(new PrivacyProperties(null, null, false, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no key is configured")
                .hasMessageContaining("naober.privacy.keys[0].id and naober.privacy.keys[0].secret")
                .hasMessageContaining("naober.privacy.allow-development-key=true");

        Keyring development = Keyring.of(new PrivacyProperties(null, null, true, null));
        assertThat(development.currentKeyId()).isEqualTo("dev");
        AesGcmPersonalDataCipher cipher = new AesGcmPersonalDataCipher(development);
        assertThat(TenantContext.supplyAs(TenantId.of("dinkelland"), () -> cipher.decrypt(cipher.encrypt("x"))))
                .isEqualTo("x");
    }

    @Test
    void configuredKeysWinOverTheDevelopmentKey() {
        Keyring keyring = Keyring.of(new PrivacyProperties(List.of(new MasterKey("k1", SECRET)), null, true, null));

        assertThat(keyring.currentKeyId()).isEqualTo("k1");
        assertThat(keyring.knows("dev")).isFalse();
    }

    @Test
    void oneKeyIsCurrentWithoutSayingSo() {
        assertThat(Keyring.of(TestKeys.properties(null, "k1")).currentKeyId()).isEqualTo("k1");
        assertThat(Keyring.of(TestKeys.properties("k2", "k1", "k2")).currentKeyId()).isEqualTo("k2");
    }

    @Test
    void anUnknownCurrentKeyIsRefused() {
        assertRefused(TestKeys.properties("k3", "k1", "k2"),
                "naober.privacy.current-key 'k3' is not one of the configured keys (k1, k2).");
        assertRefused(new PrivacyProperties(List.of(), "k1", true, null),
                "naober.privacy.current-key 'k1' is set, but no keys are configured (naober.privacy.keys).");
    }

    @Test
    void severalKeysNeedACurrentKey() {
        assertRefused(TestKeys.properties(null, "k1", "k2"),
                "naober.privacy.current-key is required when more than one key is configured (k1, k2).");
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        String short16 = TestKeys.randomSecret(16);

        assertRefused(TestKeys.properties("k1", List.of(new MasterKey("k1", short16))),
                "naober.privacy.keys[0].secret (key 'k1') has 16 bytes; at least 32 random bytes are required");
        assertRefused(TestKeys.properties("k1", List.of(new MasterKey("k1", TestKeys.randomSecret(31)))),
                "has 31 bytes");
    }

    @Test
    void aSecretThatIsNotBase64OrEmptyIsRefused() {
        assertRefused(TestKeys.properties("k1", List.of(new MasterKey("k1", "not base64 at all!" + SECRET))),
                "naober.privacy.keys[0].secret (key 'k1') is not valid base64.");
        assertRefused(TestKeys.properties("k1", List.of(new MasterKey("k1", "  "))),
                "naober.privacy.keys[0].secret (key 'k1') is empty.");
    }

    @Test
    void secretsMayBeWrappedOrUrlSafeBase64() {
        byte[] material = Base64.getDecoder().decode(SECRET);
        String wrapped = SECRET.substring(0, 20) + "\n" + SECRET.substring(20) + "\n";
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(material);
        TenantId tenant = TenantId.of("dinkelland");

        Keyring plain = Keyring.of(TestKeys.properties("k1", List.of(new MasterKey("k1", SECRET))));
        for (String secret : List.of(wrapped, urlSafe)) {
            Keyring other = Keyring.of(TestKeys.properties("k1", List.of(new MasterKey("k1", secret))));
            assertThat(other.dataKey("k1", tenant).orElseThrow().getEncoded())
                    .isEqualTo(plain.dataKey("k1", tenant).orElseThrow().getEncoded());
        }
    }

    @Test
    void duplicateAndInvalidKeyIdsAreRefused() {
        assertRefused(TestKeys.properties("k1", List.of(new MasterKey("k1", SECRET), new MasterKey("k1", SECRET))),
                "naober.privacy.keys: key id 'k1' is configured twice; every key needs its own id.");
        assertRefused(TestKeys.properties("k1", List.of(new MasterKey("k.1", SECRET))),
                "naober.privacy.keys[0].id 'k.1' is not a valid key id: use 1 to 32 letters, digits, '-' or '_'.");
        assertRefused(TestKeys.properties("k1", List.of(new MasterKey(null, SECRET))),
                "naober.privacy.keys[0].id is missing");
    }

    @Test
    void everyProblemIsNamedAtOnceAndNoSecretIsShown() {
        String tooShort = TestKeys.randomSecret(8);
        PrivacyProperties properties = TestKeys.properties("k9", List.of(new MasterKey("k1", tooShort),
                new MasterKey("k1", SECRET), new MasterKey("k2", "")));

        assertThatThrownBy(() -> Keyring.of(properties))
                .hasMessageStartingWith("Invalid personal-data key configuration: ")
                .hasMessageContaining("has 8 bytes")
                .hasMessageContaining("configured twice")
                .hasMessageContaining("(key 'k2') is empty")
                .hasMessageContaining("current-key 'k9' is not one of the configured keys (k1, k2)")
                .hasMessageContaining("docs/runbook.md")
                .hasMessageNotContaining(tooShort)
                .hasMessageNotContaining(SECRET);
        assertThat(properties.toString()).doesNotContain(tooShort).doesNotContain(SECRET).contains("(hidden)");
    }

    /**
     * Pins the derivation (salt, info, HKDF-SHA256): a change here would make every stored value
     * unreadable. Expected values computed independently with Python's {@code hmac}.
     */
    @Test
    void derivesADataKeyPerKeyIdAndMunicipality() {
        String master = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // bytes 0..31
        Keyring keyring = Keyring.of(TestKeys.properties("a", List.of(new MasterKey("a", master),
                new MasterKey("b", master))));
        TenantId dinkelland = TenantId.of("dinkelland");
        TenantId deWolden = TenantId.of("de-wolden");

        assertThat(HexFormat.of().formatHex(keyring.dataKey("a", dinkelland).orElseThrow().getEncoded()))
                .isEqualTo("4a7fd040578535d3635997c95069aeb9b2df54f45275c150e0d5080f41fe5262");
        assertThat(HexFormat.of().formatHex(keyring.dataKey("a", deWolden).orElseThrow().getEncoded()))
                .isEqualTo("f70fdda9544718bbc089074ad726bd7001d378d7df53c96fd381331a640225ce");
        assertThat(keyring.dataKey("a", dinkelland).orElseThrow())
                .isSameAs(keyring.dataKey("a", dinkelland).orElseThrow());
        assertThat(keyring.dataKey("c", dinkelland)).isEmpty();
    }

    @Test
    void encryptedColumnsAcceptOnlyPlainIdentifiers() {
        assertThat(new EncryptedColumn("resident", "id", "notes")).hasToString("resident.notes");
        assertThat(EncryptedColumn.quoted("t_de_wolden")).isEqualTo("\"t_de_wolden\"");
        for (String bad : new String[] {"Resident", "resident;drop table x", "\"resident\"", "1resident", "",
                "a".repeat(64), "résident"}) {
            assertThatThrownBy(() -> new EncryptedColumn(bad, "id", "notes"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain lower-case SQL");
        }
        assertThatThrownBy(() -> new EncryptedColumn("resident", null, "notes"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EncryptedColumn("resident", "notes", "notes"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationDoesNotStartWithAWrongKeyConfiguration() {
        ApplicationContextRunner app = new ApplicationContextRunner()
                .withUserConfiguration(PrivacyConfiguration.class)
                .withBean(DataSource.class, () -> mock(DataSource.class));

        app.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("no key is configured"));
        app.withPropertyValues("naober.privacy.keys[0].id=k1", "naober.privacy.keys[0].secret=" + SECRET,
                "naober.privacy.current-key=k2").run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("current-key 'k2' is not one of the configured keys (k1)"));
        app.withPropertyValues("naober.privacy.keys[0].id=k1", "naober.privacy.keys[0].secret=" + SECRET)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(PersonalDataCipher.class)
                        .hasSingleBean(PersonalDataRotation.class));
        app.withPropertyValues("naober.privacy.allow-development-key=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    /** The variables the Helm chart sets (helm/naober/templates/app.yaml) bind to naober.privacy.*. */
    @Test
    void theKeysBindFromTheHelmChartsEnvironmentVariables() {
        String secret2 = TestKeys.secret("k2026");
        new ApplicationContextRunner()
                .withUserConfiguration(PrivacyConfiguration.class)
                .withBean(DataSource.class, () -> mock(DataSource.class))
                .withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("NAOBER_PRIVACY_KEYS_0_ID", "k1", "NAOBER_PRIVACY_KEYS_0_SECRET", SECRET,
                                        "NAOBER_PRIVACY_KEYS_1_ID", "k2026", "NAOBER_PRIVACY_KEYS_1_SECRET", secret2,
                                        "NAOBER_PRIVACY_CURRENTKEY", "k2026"))))
                .run(context -> {
                    Keyring keyring = context.getBean(Keyring.class);
                    assertThat(keyring.currentKeyId()).isEqualTo("k2026");
                    assertThat(keyring.knows("k1")).isTrue();
                });
    }

    private static void assertRefused(PrivacyProperties properties, String message) {
        assertThatThrownBy(() -> Keyring.of(properties)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }
}
