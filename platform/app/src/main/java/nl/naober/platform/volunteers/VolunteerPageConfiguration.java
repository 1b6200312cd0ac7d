package nl.naober.platform.volunteers;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Vrijwilligers" in the supporter's menu (UI.md); hours totals and VOG settings for the administrator. */
@Configuration(proxyBeanMethods = false)
class VolunteerPageConfiguration {

    @Bean
    NavigationItem volunteersMenu() {
        return new NavigationItem("volunteer.nav", "/vrijwilligers", EnumSet.of(Role.SUPPORTER), 50);
    }

    @Bean
    NavigationItem helpRequestsMenu() {
        return new NavigationItem("volunteer.help.nav", "/hulpvragen", EnumSet.of(Role.SUPPORTER), 51);
    }

    @Bean
    NavigationItem volunteerHoursMenu() {
        return new NavigationItem("volunteer.hours.nav", "/vrijwilligersuren",
                EnumSet.of(Role.SUPPORTER, Role.MUNICIPAL_ADMIN), 52);
    }

    @Bean
    NavigationItem volunteerSettingsMenu() {
        return new NavigationItem("volunteer.settings.nav", "/vrijwilligers-instellingen",
                EnumSet.of(Role.MUNICIPAL_ADMIN), 90);
    }
}
