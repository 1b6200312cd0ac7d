package nl.naober.platform.contacts;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's contact themes: everyone reads them, the municipal administrator keeps them. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/contact-themes")
class ThemeController {

    private final ThemeService themes;

    ThemeController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping
    List<ContactResponses.ThemeView> list(@PathVariable String municipality) {
        return themes.all().stream().map(ContactResponses.ThemeView::of).toList();
    }

    @PostMapping
    ResponseEntity<ContactResponses.ThemeView> create(@PathVariable String municipality,
            @RequestBody ContactRequests.NewTheme request) {
        Theme theme = themes.create(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/contact-themes/"
                + theme.id())).body(ContactResponses.ThemeView.of(theme));
    }

    @PatchMapping(path = "/{themeId}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    ContactResponses.ThemeView change(@PathVariable String municipality, @PathVariable UUID themeId,
            @RequestBody ContactRequests.ThemeChanges changes) {
        return ContactResponses.ThemeView.of(themes.change(themeId, changes));
    }
}
