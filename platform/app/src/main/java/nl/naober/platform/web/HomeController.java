package nl.naober.platform.web;

import java.util.Comparator;
import java.util.List;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: your villages, and under "Vandaag" what the other modules bring as
 * {@link StartPageSection}s for her role. A supporter or sounding-board member sees the villages she
 * serves (and which one she works for now); the municipality's other roles see all active villages.
 */
@Controller
class HomeController {

    private final VillageDirectory villages;
    private final List<StartPageSection> sections;

    HomeController(VillageDirectory villages, List<StartPageSection> sections) {
        this.villages = villages;
        this.sections = sections.stream().sorted(Comparator.comparingInt(StartPageSection::order)).toList();
    }

    @GetMapping("/")
    String home(CurrentPage page, Model model) {
        boolean villageBound = page.colleague().map(c -> CurrentPages.villageBound(c.role())).orElse(false);
        List<VillageSummary> shown = villageBound ? page.villages()
                : villages.all().stream().filter(VillageSummary::active).toList();
        model.addAttribute("villageBound", villageBound);
        model.addAttribute("villages", shown);
        model.addAttribute("sections", sections.stream()
                .flatMap(s -> s.data(page).map(data -> new StartPageSection.Shown(s.template(), data)).stream())
                .toList());
        return "home";
    }
}
