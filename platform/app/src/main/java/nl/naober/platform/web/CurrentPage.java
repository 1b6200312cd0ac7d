package nl.naober.platform.web;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.villages.VillageSummary;

/**
 * What every server-rendered page knows about its request: the municipality, who is signed in and
 * in which role, the village she works for now, the menu and the header's primary action.
 *
 * <p>The layout reads it from the model attribute {@code page}, which the web module fills for
 * every {@code @Controller} of Naober (not for {@code @RestController}s). A page controller of
 * another module gets the same object by declaring a parameter of this type:
 *
 * <pre>{@code
 * @GetMapping("/contacten")
 * String contacts(CurrentPage page, Model model) {
 *     VillageSummary village = page.village().orElseThrow();   // the supporter's selected village
 *     Colleague me = page.colleague().orElseThrow();            // her membership in this municipality
 *     ...
 * }
 * }</pre>
 *
 * The selected village is always one of the signed-in colleague's own active villages: the
 * village switcher's cookie is checked against them on every request, and without (a valid)
 * choice it is her first village. Village access of data is still for the page's module to check.
 *
 * @param municipality    the municipality's name
 * @param userName        the signed-in user's name (her colleague record's, else the token's)
 * @param role            the role she acts in, or {@code null} when the token carries none of Naober's
 * @param signedIn        her colleague record in this municipality, or {@code null} when she has none
 * @param villages        the active villages she serves (village-bound roles), in name order; empty
 *                        for roles that work for the whole municipality
 * @param selectedVillage the village she works for now, or {@code null} when {@code villages} is empty
 * @param csrfToken       the gateway session's CSRF token, to be sent as {@code _csrf} with every form
 *                        post (or {@code X-CSRF-TOKEN} for htmx); {@code null} outside the gateway
 * @param path            the request's path inside the app (without the gateway's prefix)
 * @param navigation      the menu for her role, in order
 * @param primaryActions  the header's prominent actions for her role
 * @param branding        the municipality's look
 */
public record CurrentPage(String municipality, String userName, Role role, Colleague signedIn,
        List<VillageSummary> villages, VillageSummary selectedVillage, String csrfToken, String path,
        List<NavigationItem> navigation, List<PrimaryAction> primaryActions, Branding branding) {

    public CurrentPage {
        villages = List.copyOf(villages);
        navigation = List.copyOf(navigation);
        primaryActions = List.copyOf(primaryActions);
    }

    /** The signed-in colleague, if she is registered in this municipality. */
    public Optional<Colleague> colleague() {
        return Optional.ofNullable(signedIn);
    }

    /** The village she works for now; empty for roles that work for the whole municipality. */
    public Optional<VillageSummary> village() {
        return Optional.ofNullable(selectedVillage);
    }

    /** Whether the header offers a choice of village (she serves more than one). */
    public boolean villageSwitcher() {
        return villages.size() > 1;
    }

    /** Whether {@code village} is the one she works for now. */
    public boolean isSelected(VillageSummary village) {
        return selectedVillage != null && village != null && selectedVillage.id().equals(village.id());
    }

    /** Whether the menu entry is the current page (or a page below it). */
    public boolean isCurrent(NavigationItem item) {
        return item.matches(path);
    }

    /** The message key of her role's name, or {@code null} without a role. */
    public String roleLabelKey() {
        return role == null ? null : "role." + role.code();
    }
}
