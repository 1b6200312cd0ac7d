package nl.naober.platform.referrals;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supporter's referrals in her menu, after her residents: a referral starts from a resident. */
@Configuration(proxyBeanMethods = false)
class ReferralPageConfiguration {

    @Bean
    NavigationItem referralsMenu() {
        return new NavigationItem("referral.nav", "/doorverwijzingen", EnumSet.of(Role.SUPPORTER), 25);
    }
}
