package nl.naober.platform.web;

import java.util.Objects;
import java.util.Set;
import nl.naober.kernel.Role;

/**
 * The prominent action in the header of every page, one tap away (UI.md: "Nieuw contact" for a
 * supporter). Like {@link NavigationItem} it is declared as a bean by the module that owns the
 * page, so the layout never shows a link to a page that does not exist yet:
 *
 * <pre>{@code
 * @Bean
 * PrimaryAction newContact() {
 *     return new PrimaryAction("contact.new", "/contacten/nieuw", EnumSet.of(Role.SUPPORTER));
 * }
 * }</pre>
 *
 * @param labelKey the message key of the link text
 * @param path     the page's path inside the app, starting with {@code /}
 * @param roles    the roles that see the action
 */
public record PrimaryAction(String labelKey, String path, Set<Role> roles) {

    public PrimaryAction {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("An action path is a path inside the app, like /contacten/nieuw: " + path);
        }
        roles = Set.copyOf(roles);
    }

    /** Whether the header shows this action to someone acting in {@code role}. */
    public boolean visibleTo(Role role) {
        return role != null && roles.contains(role);
    }
}
