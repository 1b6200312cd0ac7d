package nl.naober.platform.delivery;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Mislukte verzendingen" in the municipal admin's menu. */
@Configuration(proxyBeanMethods = false)
class FailedDeliveriesPageConfiguration {

    @Bean
    NavigationItem failedDeliveriesMenu() {
        return new NavigationItem("delivery.failed.nav", "/mislukte-verzendingen", EnumSet.of(Role.MUNICIPAL_ADMIN), 80);
    }
}
