package nl.naober.platform.volunteers;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Vrijwilligers" in the supporter's menu (UI.md); help requests and hours are reached from that page,
 * so her menu keeps the entries UI.md lists. The administrator's totals and VOG settings get their own
 * entries until there are "Rapportages" and "Instellingen" pages to hang them on.
 */
@Configuration(proxyBeanMethods = false)
class VolunteerPageConfiguration {

    @Bean
    NavigationItem volunteersMenu() {
        return new NavigationItem("volunteer.nav", "/vrijwilligers", EnumSet.of(Role.SUPPORTER), 50);
    }

    /** The administrator's totals without names; the supporter reaches hers from the volunteers page. */
    @Bean
    NavigationItem volunteerHoursMenu() {
        return new NavigationItem("volunteer.hours.nav", "/vrijwilligersuren", EnumSet.of(Role.MUNICIPAL_ADMIN), 52);
    }

    @Bean
    NavigationItem volunteerSettingsMenu() {
        return new NavigationItem("volunteer.settings.nav", "/vrijwilligers-instellingen",
                EnumSet.of(Role.MUNICIPAL_ADMIN), 90);
    }
}
