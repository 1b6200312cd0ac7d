package nl.naober.platform.web;

import java.util.Objects;
import java.util.Set;
import nl.naober.kernel.Role;

/**
 * One entry of the main menu. A module that owns a page declares it as a bean, so the menu shows
 * only pages that exist:
 *
 * <pre>{@code
 * @Bean
 * NavigationItem contactsMenu() {
 *     return new NavigationItem("nav.contacts", "/contacten", EnumSet.of(Role.SUPPORTER), 10);
 * }
 * }</pre>
 *
 * @param labelKey the message key of the menu text (in the owning module's bundle)
 * @param path     the page's path inside the app, starting with {@code /}; the layout adds the
 *                 gateway's path prefix. It is also "current" for the pages below it
 * @param roles    the roles that see the entry (the UI picture's menu per role)
 * @param order    position in the menu, low first ({@code 0} is the start page)
 */
public record NavigationItem(String labelKey, String path, Set<Role> roles, int order) {

    public NavigationItem {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A menu path is a path inside the app, like /contacten: " + path);
        }
        roles = Set.copyOf(roles);
    }

    /** Whether the menu shows this entry to someone acting in {@code role}. */
    public boolean visibleTo(Role role) {
        return role != null && roles.contains(role);
    }

    /** Whether a page at {@code requestPath} belongs to this entry (the entry itself or a page below it). */
    public boolean matches(String requestPath) {
        if (requestPath == null) {
            return false;
        }
        if (path.equals("/")) {
            return requestPath.equals("/");
        }
        return requestPath.equals(path) || requestPath.startsWith(path.endsWith("/") ? path : path + "/");
    }
}
