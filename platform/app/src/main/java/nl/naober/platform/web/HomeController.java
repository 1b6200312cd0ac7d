package nl.naober.platform.web;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.ColleagueDirectory;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The start page after login: who you are and your villages. A supporter or sounding-board member
 * sees the villages she serves; the municipality's other roles see all active villages.
 */
@Controller
class HomeController {

    private final TenantRegistry registry;
    private final ColleagueDirectory colleagues;
    private final VillageDirectory villages;

    HomeController(TenantRegistry registry, ColleagueDirectory colleagues, VillageDirectory villages) {
        this.registry = registry;
        this.colleagues = colleagues;
        this.villages = villages;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Jwt token,
            @RequestHeader(name = "X-Naober-Csrf-Token", required = false) String gatewayCsrfToken, Model model) {
        Optional<Colleague> me = colleagues.byIdentity(token.getSubject());
        boolean villageBound = me.map(c -> c.role() == Role.SUPPORTER || c.role() == Role.SOUNDING_BOARD)
                .orElse(false);
        List<VillageSummary> shown = villageBound ? me.get().villages()
                : villages.all().stream().filter(VillageSummary::active).toList();
        model.addAttribute("municipality", registry.requireActive(TenantContext.require()).name());
        model.addAttribute("name", me.map(c -> c.firstName() + " " + c.lastName())
                .orElse(token.getClaimAsString("name") == null ? token.getClaimAsString("preferred_username")
                        : token.getClaimAsString("name")));
        model.addAttribute("role", me.map(c -> c.role().code()).orElse(null));
        model.addAttribute("registered", me.isPresent());
        model.addAttribute("villageBound", villageBound);
        model.addAttribute("villages", shown);
        // the gateway's CSRF token for its logout form (the session, and so the token, live there)
        model.addAttribute("csrf", gatewayCsrfToken);
        return "home";
    }
}
