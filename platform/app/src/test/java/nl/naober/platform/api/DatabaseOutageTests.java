package nl.naober.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseOutageTests {

    @Test
    void recognisesConnectionFailuresWhateverWrapsThem() {
        assertThat(DatabaseOutage.causedBy(new JpaSystemException(new RuntimeException("rollback failed",
                new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("shutdown", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void doesNotMistakeOtherDatabaseErrorsForAnOutage() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("bad", (String) null)))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("no database involved"))).isFalse();
    }
}
