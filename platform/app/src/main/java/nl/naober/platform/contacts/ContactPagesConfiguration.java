package nl.naober.platform.contacts;

import java.util.EnumSet;
import nl.naober.kernel.Role;
import nl.naober.platform.web.NavigationItem;
import nl.naober.platform.web.PrimaryAction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supporter's menu entries for contacts and residents, and "Nieuw contact" one tap away on every page (UI.md). */
@Configuration(proxyBeanMethods = false)
class ContactPagesConfiguration {

    @Bean
    static NavigationItem contactsMenu() {
        return new NavigationItem("contacts.nav.contacts", ContactPageController.LIST, EnumSet.of(Role.SUPPORTER), 10);
    }

    @Bean
    static NavigationItem residentsMenu() {
        return new NavigationItem("contacts.nav.residents", ResidentPageController.LIST, EnumSet.of(Role.SUPPORTER), 20);
    }

    @Bean
    static PrimaryAction newContactAction() {
        return new PrimaryAction("contacts.action.new-contact", ContactPageController.NEW, EnumSet.of(Role.SUPPORTER));
    }
}
