package nl.naober.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every server-rendered page of Naober the model attribute {@code page} ({@link CurrentPage})
 * that the layout needs. API handlers ({@code @RestController}, {@code @ResponseBody},
 * {@code ResponseEntity}) are skipped: they render no layout and should not pay for the lookup.
 */
@ControllerAdvice(basePackages = "nl.naober.platform")
class PageModelAdvice {

    static final String ATTRIBUTE = "page";
    static final String PUBLIC_ATTRIBUTE = "publicPage";

    private final CurrentPages pages;

    PageModelAdvice(CurrentPages pages) {
        this.pages = pages;
    }

    @ModelAttribute(ATTRIBUTE)
    CurrentPage page(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && rendersView(handler)) {
            return pages.of(request).orElse(null);
        }
        return null;
    }

    /** For the public layout: the municipality of a page under {@code /publiek/{municipality}/…}. */
    @ModelAttribute(PUBLIC_ATTRIBUTE)
    PublicPage publicPage(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && rendersView(handler)) {
            return pages.publicPage(request).orElse(null);
        }
        return null;
    }

    static boolean rendersView(HandlerMethod handler) {
        return !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                && !handler.hasMethodAnnotation(ResponseBody.class)
                && !HttpEntity.class.isAssignableFrom(handler.getMethod().getReturnType());
    }
}
