package nl.naober.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import nl.naober.gateway.GatewayProperties;
import nl.naober.kernel.TenantId;
import org.junit.jupiter.api.Test;

class TenantResolverTests {

    private final TenantResolver resolver = new TenantResolver(new GatewayProperties(
            URI.create("http://app:8080"), "naober.nl", new GatewayProperties.RateLimit(300, 3000, 60)));

    @Test
    void findsMunicipalityInHost() {
        assertThat(resolver.fromHost("dinkelland.naober.nl")).contains(TenantId.of("dinkelland"));
        assertThat(resolver.fromHost("De-Wolden.Naober.nl:443")).contains(TenantId.of("de-wolden"));
    }

    @Test
    void ignoresHostsThatAreNoMunicipality() {
        assertThat(resolver.fromHost("naober.nl")).isEmpty();
        assertThat(resolver.fromHost("a.b.naober.nl")).isEmpty();
        assertThat(resolver.fromHost("dinkelland.naober.nl.evil.example")).isEmpty();
        assertThat(resolver.fromHost("1dinkelland.naober.nl")).isEmpty();
        assertThat(resolver.fromHost("dinkelland.other.nl")).isEmpty();
    }

    @Test
    void findsMunicipalityInPathPrefix() {
        assertThat(resolver.fromPath("/g/dinkelland/api/v1/villages")).contains(TenantId.of("dinkelland"));
        assertThat(resolver.fromPath("/g/dinkelland")).contains(TenantId.of("dinkelland"));
        assertThat(resolver.fromPath("/g/Dinkelland/")).isEmpty();
        assertThat(resolver.fromPath("/g/a--b/")).isEmpty();
        assertThat(resolver.fromPath("/dinkelland/")).isEmpty();
    }
}
