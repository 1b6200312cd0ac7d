package nl.naober.platform.web;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's design tokens as a style sheet, linked by the layout after the theme when the
 * municipality has any ({@link Branding}). A style sheet and not an inline block: the gateway's
 * Content-Security-Policy allows no inline styles.
 */
@RestController
class BrandingController {

    static final String PATH = "/huisstijl.css";
    /** The same style sheet for the public pages, which have no login. */
    static final String PUBLIC_PATH = "/publiek/{municipality}/huisstijl.css";
    private static final MediaType CSS = new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);

    private final ObjectProvider<BrandingSource> source;

    BrandingController(ObjectProvider<BrandingSource> source) {
        this.source = source;
    }

    @GetMapping({PATH, PUBLIC_PATH})
    ResponseEntity<String> css() {
        Branding branding = source.getIfAvailable(() -> () -> Branding.THEME).currentMunicipality();
        return ResponseEntity.ok().contentType(CSS)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(branding.css());
    }
}
