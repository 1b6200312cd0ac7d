package nl.naober.platform.web;

import java.util.List;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: your villages. A supporter or sounding-board member sees the
 * villages she serves (and which one she works for now); the municipality's other roles see all
 * active villages.
 */
@Controller
class HomeController {

    private final VillageDirectory villages;

    HomeController(VillageDirectory villages) {
        this.villages = villages;
    }

    @GetMapping("/")
    String home(CurrentPage page, Model model) {
        boolean villageBound = page.colleague().map(c -> CurrentPages.villageBound(c.role())).orElse(false);
        List<VillageSummary> shown = villageBound ? page.villages()
                : villages.all().stream().filter(VillageSummary::active).toList();
        model.addAttribute("villageBound", villageBound);
        model.addAttribute("villages", shown);
        return "home";
    }
}
