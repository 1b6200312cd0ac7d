package nl.naober.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ValuesSchemaTests {

    private static final Path VALUES = RenderedChart.TEST_VALUES;

    @Test
    void aValueOfTheWrongTypeIsRejectedNamingTheValue() {
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("invalid-types.yaml")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("gateway")
                .hasMessageContaining("replicas")
                .hasMessageContaining("integer");
    }

    @Test
    void anExistingDatabaseWithoutAHostIsRejected() {
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("existing-database-without-host.yaml")))
                .hasMessageContaining("database")
                .hasMessageContaining("host");
    }

    @Test
    void transactionPoolingIsRejectedBecauseItLosesTheTenantSchema() {
        assertThatThrownBy(() -> RenderedChart.template(VALUES.resolve("transaction-pooling.yaml")))
                .hasMessageContaining("poolMode")
                .hasMessageContaining("session");
    }
}
