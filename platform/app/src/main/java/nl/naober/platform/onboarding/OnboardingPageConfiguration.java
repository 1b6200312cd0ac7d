package nl.naober.platform.onboarding;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Mijn ontwikkeling" last in the supporter's menu (UI.md); "Inwerken" (checklist and progress) for the administrator. */
@Configuration(proxyBeanMethods = false)
class OnboardingPageConfiguration {

    @Bean
    NavigationItem developmentMenu() {
        return new NavigationItem("onboarding.nav.mine", "/mijn-ontwikkeling", EnumSet.of(Role.SUPPORTER), 100);
    }

    @Bean
    NavigationItem onboardingMenu() {
        return new NavigationItem("onboarding.nav.admin", "/inwerken", EnumSet.of(Role.MUNICIPAL_ADMIN), 77);
    }
}
