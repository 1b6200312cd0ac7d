package nl.naober.platform.news;

import java.util.Arrays;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of the knowledge feed: the list and one item for every reader; the form to post and
 * change an item and the withdrawal for the municipal administrator. Every page calls the same
 * service methods as the API, so one validation and one village check apply.
 */
@Controller
class NewsPagesController {

    private final NewsService news;
    private final VillageDirectory villages;
    private final InputReader input;

    NewsPagesController(NewsService news, VillageDirectory villages, InputReader input) {
        this.news = news;
        this.villages = villages;
        this.input = input;
    }

    @GetMapping("/nieuws")
    String list(CurrentPage page, @RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute("items", news.list());
        model.addAttribute("keeper", news.keepsTheFeed());
        model.addAttribute("done", "ingetrokken".equals(done) ? done : null);
        return "news/list";
    }

    @GetMapping("/nieuws/{newsItemId}")
    String show(CurrentPage page, @PathVariable UUID newsItemId,
            @RequestParam(name = "gelukt", required = false) String done, Model model) {
        model.addAttribute("item", news.show(newsItemId));
        model.addAttribute("keeper", news.keepsTheFeed());
        model.addAttribute("saved", "opgeslagen".equals(done));
        return "news/detail";
    }

    @GetMapping("/nieuws/nieuw")
    String newItem(CurrentPage page, Model model) {
        model.addAttribute(FormErrors.FORM, NewsForm.empty(input.today().toString()));
        return form(model, null);
    }

    @PostMapping("/nieuws/nieuw")
    Object post(CurrentPage page, NewsForm form, Model model) {
        try {
            NewsResponses.NewsItemView item = news.post(form.toRequest());
            return "redirect:/nieuws/" + item.id() + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            form(model, null);
            return FormErrors.rerender("news/form", form, e);
        }
    }

    @GetMapping("/nieuws/{newsItemId}/wijzigen")
    String edit(CurrentPage page, @PathVariable UUID newsItemId, Model model) {
        model.addAttribute(FormErrors.FORM, NewsForm.of(news.show(newsItemId)));
        return form(model, newsItemId);
    }

    @PostMapping("/nieuws/{newsItemId}/wijzigen")
    Object change(CurrentPage page, @PathVariable UUID newsItemId, NewsForm form, Model model) {
        try {
            news.change(newsItemId, form.toRequest());
            return "redirect:/nieuws/" + newsItemId + "?gelukt=opgeslagen";
        } catch (InvalidInputException e) {
            form(model, newsItemId);
            return FormErrors.rerender("news/form", form, e);
        }
    }

    @PostMapping("/nieuws/{newsItemId}/intrekken")
    String withdraw(CurrentPage page, @PathVariable UUID newsItemId) {
        news.withdraw(newsItemId);
        return "redirect:/nieuws?gelukt=ingetrokken";
    }

    private String form(Model model, UUID itemId) {
        model.addAttribute("itemId", itemId);
        model.addAttribute("topics", Arrays.stream(NewsTopic.values())
                .map(t -> FormOption.message(CodedValue.code(t), "news.topic." + CodedValue.code(t))).toList());
        model.addAttribute("scopes", Arrays.stream(NewsScope.values())
                .map(s -> FormOption.message(CodedValue.code(s), "news.scope." + CodedValue.code(s))).toList());
        model.addAttribute("villageOptions", villages.all().stream().filter(VillageSummary::active)
                .map(v -> FormOption.of(v.id().toString(), v.name())).toList());
        return "news/form";
    }
}
