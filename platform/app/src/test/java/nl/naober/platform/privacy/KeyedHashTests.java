package nl.naober.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import org.junit.jupiter.api.Test;

/** The keyed hash of a value: stable within a municipality and purpose, unrelated across them. */
class KeyedHashTests {

    private final KeyedHash hashes = new HmacKeyedHash(Keyring.of(TestKeys.properties("k1", "k1")));

    @Test
    void theSameValueHashesTheSameWithinAMunicipalityAndPurpose() {
        String first = TenantContext.supplyAs(TenantId.of("dinkelland"), () -> hashes.hash("sender", "192.0.2.1"));
        String again = TenantContext.supplyAs(TenantId.of("dinkelland"), () -> hashes.hash("sender", "192.0.2.1"));

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(again).doesNotContain("192");
    }

    @Test
    void anotherValueMunicipalityOrPurposeGivesAnUnrelatedHash() {
        String base = TenantContext.supplyAs(TenantId.of("dinkelland"), () -> hashes.hash("sender", "192.0.2.1"));

        assertThat(TenantContext.supplyAs(TenantId.of("dinkelland"), () -> hashes.hash("sender", "192.0.2.2")))
                .isNotEqualTo(base);
        assertThat(TenantContext.supplyAs(TenantId.of("tubbergen"), () -> hashes.hash("sender", "192.0.2.1")))
                .isNotEqualTo(base);
        assertThat(TenantContext.supplyAs(TenantId.of("dinkelland"), () -> hashes.hash("other", "192.0.2.1")))
                .isNotEqualTo(base);
    }

    @Test
    void anotherMasterKeyGivesAnotherHashSoTheHashIsNoPlainDigest() {
        KeyedHash otherKey = new HmacKeyedHash(Keyring.of(TestKeys.properties("k2", "k2")));

        assertThat(TenantContext.supplyAs(TenantId.of("dinkelland"), () -> otherKey.hash("sender", "192.0.2.1")))
                .isNotEqualTo(TenantContext.supplyAs(TenantId.of("dinkelland"),
                        () -> hashes.hash("sender", "192.0.2.1")));
    }

    @Test
    void outsideAMunicipalityNothingIsHashed() {
        assertThatThrownBy(() -> hashes.hash("sender", "192.0.2.1")).isInstanceOf(RuntimeException.class);
    }
}
