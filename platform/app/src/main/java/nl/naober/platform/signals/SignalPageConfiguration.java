package nl.naober.platform.signals;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signals page in the menu of everyone who reads signals (UI.md: supporter, administrator, sounding board, policy). */
@Configuration(proxyBeanMethods = false)
class SignalPageConfiguration {

    @Bean
    NavigationItem signalsMenu() {
        return new NavigationItem("signal.nav", "/signalen", EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN,
                Role.SOUNDING_BOARD, Role.POLICY_OFFICER), 30);
    }
}
