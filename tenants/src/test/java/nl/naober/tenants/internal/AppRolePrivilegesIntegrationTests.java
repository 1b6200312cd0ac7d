package nl.naober.tenants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.naober.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AppRolePrivilegesIntegrationTests {

    private final TestDatabase.Connection db = TestDatabase.get();

    @Test
    void anAppRoleWithTheOwnersRightsThroughMembershipIsWarnedAbout(CapturedOutput output) throws Exception {
        String member = "naober_member_" + Long.toString(System.nanoTime(), 36);
        try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement statement = owner.createStatement()) {
            var superuser = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user");
            superuser.next();
            // making a role a member of the owner needs ADMIN on it: a superuser (embedded, container) has it
            assumeTrue(superuser.getBoolean(1), "the test database's user is no superuser");
            AppRolePrivileges.warnIfPrivileged(owner, TestDatabase.APP_USERNAME);
            assertThat(output).doesNotContain("has the rights of the migration login");

            statement.execute("create role " + member + " login in role " + '"' + db.username() + '"');
            try {
                AppRolePrivileges.warnIfPrivileged(owner, member);
            } finally {
                statement.execute("drop role " + member);
            }
            assertThat(output).contains("The app role " + member + " is a superuser or has the rights of the migration login");
        }
    }
}
