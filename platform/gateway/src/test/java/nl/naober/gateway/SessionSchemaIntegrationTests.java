package nl.naober.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.session.Session;

class SessionSchemaIntegrationTests extends GatewayTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void keepsSessionsInTheGatewaySchema() {
        Session session = save(sessions);

        Long rows = JdbcClient.create(dataSource)
                .sql("SELECT count(*) FROM gateway.spring_session s JOIN gateway.spring_session_attributes a "
                        + "ON a.session_primary_id = s.primary_id WHERE s.session_id = ?")
                .param(session.getId()).query(Long.class).single();
        assertThat(rows).isEqualTo(1);
        assertThat(sessions.findById(session.getId()).<String>getAttribute("greeting")).isEqualTo("hallo");
    }

    private static <S extends Session> S save(org.springframework.session.SessionRepository<S> repository) {
        S session = repository.createSession();
        session.setAttribute("greeting", "hallo");
        repository.save(session);
        return session;
    }

    @Test
    void createsTheSchemaIdempotently() {
        new ResourceDatabasePopulator(new ClassPathResource("db/gateway/session-schema.sql")).execute(dataSource);

        assertThat(JdbcClient.create(dataSource)
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'gateway' ORDER BY 1")
                .query(String.class).list())
                .containsExactly("spring_session", "spring_session_attributes");
    }
}
