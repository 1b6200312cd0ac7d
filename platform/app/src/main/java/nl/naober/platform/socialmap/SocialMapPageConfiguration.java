package nl.naober.platform.socialmap;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The social map in the menus of those who keep or read it. */
@Configuration(proxyBeanMethods = false)
class SocialMapPageConfiguration {

    @Bean
    NavigationItem socialMapMenu() {
        return new NavigationItem("socialmap.nav", "/sociale-kaart", EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN,
                Role.POLICY_OFFICER, Role.SOUNDING_BOARD), 40);
    }
}
