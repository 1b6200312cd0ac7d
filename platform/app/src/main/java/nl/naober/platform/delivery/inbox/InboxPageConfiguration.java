package nl.naober.platform.delivery.inbox;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Meldingen" in the WMO consultant's menu (UI.md). */
@Configuration(proxyBeanMethods = false)
class InboxPageConfiguration {

    @Bean
    NavigationItem inboxMenu() {
        return new NavigationItem("inbox.nav", "/meldingen", EnumSet.of(Role.WMO_CONSULTANT), 10);
    }
}
