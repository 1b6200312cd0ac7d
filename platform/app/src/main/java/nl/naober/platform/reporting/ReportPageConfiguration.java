package nl.naober.platform.reporting;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report pages in the menus of UI.md: the supporter's "Mijn dorp(en)", the sounding board's
 * "Rapportage", the administrator's and policy officer's "Rapportages", the policy officer's
 * "Dashboard" (the administrator reaches the dashboard from "Rapportages").
 */
@Configuration(proxyBeanMethods = false)
class ReportPageConfiguration {

    @Bean
    NavigationItem ownVillageReportsMenu() {
        return new NavigationItem("reporting.nav.own", "/rapportages", EnumSet.of(Role.SUPPORTER), 90);
    }

    @Bean
    NavigationItem soundingBoardReportMenu() {
        return new NavigationItem("reporting.nav.sounding-board", "/rapportages", EnumSet.of(Role.SOUNDING_BOARD), 10);
    }

    @Bean
    NavigationItem dashboardMenu() {
        return new NavigationItem("reporting.nav.dashboard", "/dashboard", EnumSet.of(Role.POLICY_OFFICER), 10);
    }

    @Bean
    NavigationItem reportsMenu() {
        return new NavigationItem("reporting.nav.reports", "/rapportages",
                EnumSet.of(Role.MUNICIPAL_ADMIN, Role.POLICY_OFFICER), 80);
    }
}
