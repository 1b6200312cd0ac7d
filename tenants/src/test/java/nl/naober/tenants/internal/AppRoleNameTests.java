package nl.naober.tenants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppRoleNameTests {

    @ParameterizedTest
    @ValueSource(strings = {"naober_app", "app", "_x", "a234567890123456789012345678901234567890123456789012345678901"})
    void acceptsPlainLowerCaseRoleNames(String name) {
        assertThat(AppRolePrivileges.validRoleName(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"public", "PUBLIC", "current_user", "session_user", "none", "all", "pg_monitor",
            "Naober_App", "naober-app", "1app", "naober app", "x\"; drop schema platform cascade; --", "naober_app\n",
            "a2345678901234567890123456789012345678901234567890123456789012345"})
    void refusesNamesThatAreNoPlainRoleOrMeanSomethingElse(String name) {
        assertThatThrownBy(() -> AppRolePrivileges.validRoleName(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("naober.tenants.app-role");
    }
}
