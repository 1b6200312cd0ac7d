package nl.naober.platform.web;

import java.util.List;
import java.util.Set;
import nl.naober.kernel.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web module's contributions to Spring MVC: the {@link CurrentPage} parameter and the start page's menu entry. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Every role that works in a municipality (the platform administrator has no municipality pages). */
    static final Set<Role> MUNICIPAL_ROLES = Role.municipal();

    private final CurrentPages pages;

    WebConfiguration(CurrentPages pages) {
        this.pages = pages;
    }

    @Bean
    static NavigationItem startPageMenu() {
        return new NavigationItem("nav.start", "/", MUNICIPAL_ROLES, 0);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == CurrentPage.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                    NativeWebRequest request, WebDataBinderFactory binders) {
                return pages.of(request.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class))
                        .orElseThrow(() -> new IllegalStateException(
                                "A page needs a signed-in user of a municipality (X-Naober-Tenant)"));
            }
        });
    }
}
