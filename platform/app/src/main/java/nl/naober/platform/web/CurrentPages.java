package nl.naober.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.security.Caller;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link CurrentPage} of a request, once: the advice (for the layout) and the argument
 * resolver (for page controllers) share the result through a request attribute, so a page costs
 * one colleague lookup.
 */
@Component
class CurrentPages {

    /** Set by the gateway: its session's CSRF token, for the forms of server-rendered pages. */
    static final String CSRF_TOKEN_HEADER = "X-Naober-Csrf-Token";
    private static final String ATTRIBUTE = CurrentPage.class.getName();

    private final TenantRegistry registry;
    private final ColleagueDirectory colleagues;
    private final List<NavigationItem> navigation;
    private final List<PrimaryAction> actions;
    private final ObjectProvider<BrandingSource> branding;

    CurrentPages(TenantRegistry registry, ColleagueDirectory colleagues, List<NavigationItem> navigation,
            List<PrimaryAction> actions, ObjectProvider<BrandingSource> branding) {
        this.registry = registry;
        this.colleagues = colleagues;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.actions = List.copyOf(actions);
        this.branding = branding;
    }

    /** The page of this request; empty outside a municipality's request (health, errors, assets). */
    Optional<CurrentPage> of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof CurrentPage page) {
            return Optional.of(page);
        }
        Optional<Caller> caller = Caller.current();
        if (TenantContext.current().isEmpty() || caller.isEmpty()) {
            return Optional.empty();
        }
        CurrentPage page = build(request, caller.get());
        request.setAttribute(ATTRIBUTE, page);
        return Optional.of(page);
    }

    /** The public page of this request; empty outside {@code /publiek/{municipality}/…}. */
    Optional<PublicPage> publicPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PublicPage.PREFIX) || TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        var tenant = TenantContext.require();
        return Optional.of(new PublicPage(registry.requireActive(tenant).name(), tenant.slug(),
                branding.getIfAvailable(() -> () -> Branding.THEME).currentMunicipality()));
    }

    private CurrentPage build(HttpServletRequest request, Caller caller) {
        Optional<Colleague> me = colleagues.byIdentity(caller.subject());
        Role role = me.map(Colleague::role).or(caller::mainRole).orElse(null);
        List<VillageSummary> villages = me.filter(c -> villageBound(c.role()))
                .map(c -> c.villages().stream().filter(VillageSummary::active).toList())
                .orElse(List.of());
        VillageSummary selected = VillageCookie.read(request)
                .flatMap(id -> villages.stream().filter(v -> v.id().equals(id)).findFirst())
                .orElse(villages.isEmpty() ? null : villages.getFirst());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new CurrentPage(
                registry.requireActive(TenantContext.require()).name(),
                me.map(c -> c.firstName() + " " + c.lastName()).orElse(caller.displayName()),
                role,
                me.orElse(null),
                villages,
                selected,
                request.getHeader(CSRF_TOKEN_HEADER),
                path.isEmpty() ? "/" : path,
                navigation.stream().filter(item -> item.visibleTo(role)).toList(),
                actions.stream().filter(action -> action.visibleTo(role)).toList(),
                branding.getIfAvailable(() -> () -> Branding.THEME).currentMunicipality());
    }

    /** Roles whose work is for particular villages (the others work for the whole municipality). */
    static boolean villageBound(Role role) {
        return role == Role.SUPPORTER || role == Role.SOUNDING_BOARD;
    }
}
