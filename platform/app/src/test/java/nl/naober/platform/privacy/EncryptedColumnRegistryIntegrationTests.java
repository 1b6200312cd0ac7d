package nl.naober.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every column of a municipality's schema named {@code *_enc} (the convention for encrypted
 * personal data) is registered for key rotation, and every registration names a real column: a
 * module that adds an encrypted column and forgets the registration would leave it under an old
 * key forever.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EncryptedColumnRegistryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired(required = false)
    List<EncryptedColumn> columns = List.of();

    @Autowired
    List<EncryptedColumns> tables;

    @Test
    void everyEncryptedColumnIsRegisteredForRotation() {
        String schema = TenantId.of(Municipalities.register(new ApiClient(port), "kolommen")).schema();
        Set<String> inSchema = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = ? and column_name like '%\\_enc'""")
                .param(schema).query(String.class).set();
        Set<String> forRotation = java.util.stream.Stream.concat(columns.stream(),
                        tables.stream().flatMap(t -> t.columns().stream()))
                .map(c -> c.table() + "." + c.column()).collect(Collectors.toSet());

        assertThat(inSchema).isNotEmpty();
        assertThat(forRotation).containsExactlyInAnyOrderElementsOf(inSchema);
    }
}
