package nl.naober.platform.funding;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Subsidie" in the municipal administrator's menu (UI.md). */
@Configuration(proxyBeanMethods = false)
class FundingPageConfiguration {

    @Bean
    NavigationItem fundingMenu() {
        return new NavigationItem("funding.nav", "/subsidie", EnumSet.of(Role.MUNICIPAL_ADMIN), 72);
    }
}
