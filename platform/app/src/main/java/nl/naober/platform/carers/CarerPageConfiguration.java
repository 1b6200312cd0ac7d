package nl.naober.platform.carers;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The carer register in the supporter's menu, the appreciation list in the administrator's. */
@Configuration(proxyBeanMethods = false)
class CarerPageConfiguration {

    @Bean
    NavigationItem carersMenu() {
        return new NavigationItem("carer.nav", "/mantelzorg", EnumSet.of(Role.SUPPORTER), 70);
    }

    @Bean
    NavigationItem appreciationMenu() {
        return new NavigationItem("carer.appreciation.nav", "/mantelzorgwaardering", EnumSet.of(Role.MUNICIPAL_ADMIN),
                75);
    }
}
