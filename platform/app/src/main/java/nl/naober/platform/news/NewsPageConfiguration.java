package nl.naober.platform.news;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Nieuws" in the administrator's menu (UI.md). Readers find the news on their start page, which
 * links to the full list, so their menus stay as UI.md has them.
 */
@Configuration(proxyBeanMethods = false)
class NewsPageConfiguration {

    @Bean
    NavigationItem newsMenu() {
        return new NavigationItem("news.nav", "/nieuws", EnumSet.of(Role.MUNICIPAL_ADMIN), 70);
    }
}
