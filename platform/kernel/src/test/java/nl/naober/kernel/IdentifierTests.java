package nl.naober.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTests {

    @Test
    void tenantSchemaReplacesHyphensWithUnderscores() {
        assertThat(TenantId.of("de-wolden").schema()).isEqualTo("t_de_wolden");
        assertThat(TenantId.of("dinkelland").schema()).isEqualTo("t_dinkelland");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dinkelland", "a", "1abc", "de--wolden", "wolden-", "-wolden", "de_wolden",
            "dinkel land", "gemeente-met-een-veel-te-lange-naam-voor-een-slug", "t;drop"})
    void rejectsMalformedSlugs(String slug) {
        assertThatThrownBy(() -> TenantId.of(slug))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("slug")
                .extracting(e -> ((InvalidIdentifierException) e).field()).isEqualTo("slug");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GM1774", "GM0183"})
    void acceptsCbsCodes(String code) {
        assertThat(new CbsCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gm1774", "GM177", "GM17745", "1774", "GX1774", ""})
    void rejectsMalformedCbsCodes(String code) {
        assertThatThrownBy(() -> new CbsCode(code)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("CBS-code");
    }

    @Test
    void rejectsRsinThatFailsTheElevenProof() {
        assertThatThrownBy(() -> new Rsin("123456789")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("elfproef");
        assertThat(new Rsin("002564440").value()).isEqualTo("002564440");
    }
}
