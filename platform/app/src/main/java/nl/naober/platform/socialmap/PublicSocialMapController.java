package nl.naober.platform.socialmap;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The residents' social map of a village, without login: the public entries serving the village or
 * the whole municipality, with the same search and filters. Internal entries never show. An
 * unknown or archived village is the public "not found" page.
 */
@Controller
class PublicSocialMapController {

    private final SocialMapSearch search;
    private final VillageDirectory villages;

    PublicSocialMapController(SocialMapSearch search, VillageDirectory villages) {
        this.search = search;
        this.villages = villages;
    }

    @GetMapping("/publiek/{municipality}/{village}/sociale-kaart")
    String search(@PathVariable String municipality, @PathVariable String village,
            @RequestParam(required = false) String zoek, @RequestParam(required = false) String categorie,
            @RequestParam(required = false) String doelgroep, Model model, HttpServletResponse response)
            throws IOException {
        VillageSummary found = villages.findBySlug(village).filter(VillageSummary::active).orElse(null);
        if (found == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        model.addAttribute("village", found);
        model.addAttribute("filter", new SocialMapPagesController.Filter(zoek, categorie, doelgroep, null, false));
        model.addAttribute("searched", zoek != null || categorie != null || doelgroep != null);
        model.addAttribute("entries", search.publicEntries(found.id(), zoek, categorie, doelgroep));
        model.addAttribute("categories", search.categories());
        model.addAttribute("targetGroups", search.targetGroups());
        return "socialmap/public";
    }
}
