package nl.naober.platform.intakes;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Wmo-meldingen" in the supporter's menu (after "Mantelzorg", as in UI.md) and "Wmo-termijnen" in the admin's. */
@Configuration(proxyBeanMethods = false)
class IntakePageConfiguration {

    @Bean
    NavigationItem intakesMenu() {
        return new NavigationItem("intakes.page.nav", IntakePagesController.PATH, EnumSet.of(Role.SUPPORTER), 75);
    }

    @Bean
    NavigationItem intakeDeadlinesMenu() {
        return new NavigationItem("intakes.page.deadlines.nav", IntakePagesController.DEADLINES,
                EnumSet.of(Role.MUNICIPAL_ADMIN), 81);
    }
}
