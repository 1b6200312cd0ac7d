package nl.naober.platform.contactrequests;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox in the supporter's menu, right after her contacts. */
@Configuration(proxyBeanMethods = false)
class ContactRequestPageConfiguration {

    @Bean
    NavigationItem contactRequestsMenu() {
        return new NavigationItem("contact-request.nav", ContactRequestPagesController.PATH,
                EnumSet.of(Role.SUPPORTER), 15);
    }
}
