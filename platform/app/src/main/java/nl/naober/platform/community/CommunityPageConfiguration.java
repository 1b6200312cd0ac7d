package nl.naober.platform.community;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Activiteiten & initiatieven" in the supporter's menu (UI.md), after the social map and volunteers. */
@Configuration(proxyBeanMethods = false)
class CommunityPageConfiguration {

    @Bean
    NavigationItem communityMenu() {
        return new NavigationItem("community.nav", "/activiteiten", EnumSet.of(Role.SUPPORTER), 60);
    }
}
