package nl.naober.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The village switcher in the header: a plain form post (no JavaScript needed) that remembers the
 * chosen village and goes back to the page it came from.
 */
@Controller
class VillageChoiceController {

    static final String PATH = "/dorp-kiezen";
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/._~%-]*");

    @PostMapping(PATH)
    String choose(CurrentPage page, @RequestParam(name = "village", required = false) UUID village,
            @RequestParam(name = "returnTo", required = false) String returnTo, HttpServletRequest request,
            HttpServletResponse response) {
        // only one of her own villages can be chosen; anything else leaves the choice as it was
        page.villages().stream().filter(v -> v.id().equals(village)).findFirst().ifPresent(chosen ->
                response.addHeader(HttpHeaders.SET_COOKIE, VillageCookie.of(chosen.id(), request).toString()));
        return "redirect:" + localPath(returnTo);
    }

    /**
     * Back to a page of this app only: an absolute or protocol-relative URL would be an open
     * redirect, and braces would be taken for URI template variables by the redirect.
     */
    static String localPath(String returnTo) {
        if (returnTo == null || !LOCAL_PATH.matcher(returnTo).matches() || returnTo.startsWith("//")) {
            return "/";
        }
        return returnTo;
    }
}
