package nl.naober.platform.mandates;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Mandaten" in the municipal admin's menu, before "Subsidie" as in UI.md. */
@Configuration(proxyBeanMethods = false)
class MandatePageConfiguration {

    @Bean
    NavigationItem mandatesMenu() {
        return new NavigationItem("mandate.nav", MandatePagesController.PATH, EnumSet.of(Role.MUNICIPAL_ADMIN), 66);
    }
}
