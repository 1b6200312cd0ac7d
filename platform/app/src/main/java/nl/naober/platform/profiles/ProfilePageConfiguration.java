package nl.naober.platform.profiles;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Mijn profiel" in the supporter's menu. */
@Configuration(proxyBeanMethods = false)
class ProfilePageConfiguration {

    @Bean
    NavigationItem profileMenu() {
        return new NavigationItem("profile.nav", ProfilePagesController.PATH, EnumSet.of(Role.SUPPORTER), 110);
    }
}
