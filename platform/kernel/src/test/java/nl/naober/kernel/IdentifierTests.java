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

    @Test
    void rejectsBsnThatFailsTheElevenProofOrWasNeverIssued() {
        assertThat(new Bsn("111222333").value()).isEqualTo("111222333");
        assertThat(new Bsn("010000008").value()).as("the lowest issued range").isEqualTo("010000008");
        for (String wrong : new String[] {"000000000", "000000012", "009999991", "111222334", "11122233", "1112223334", "11122233a",
                " 11122233"}) {
            assertThatThrownBy(() -> new Bsn(wrong)).as(wrong).isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("elfproef");
        }
    }

    @Test
    void showsABsnMaskedAndNeverInFull() {
        Bsn bsn = new Bsn("111222333");
        assertThat(bsn.masked()).isEqualTo("******333");
        assertThat(bsn.toString()).doesNotContain("111222");
        assertThat(Bsn.mask(null)).isEqualTo("*********");
    }
}
