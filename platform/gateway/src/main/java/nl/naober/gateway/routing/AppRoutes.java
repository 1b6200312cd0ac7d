package nl.naober.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import java.util.Optional;
import java.util.function.Function;
import nl.naober.gateway.GatewayProperties;
import nl.naober.gateway.errors.ErrorResponses;
import nl.naober.gateway.ratelimit.PublicRateLimitFilter;
import nl.naober.gateway.ratelimit.RateLimitFilter;
import nl.naober.gateway.ratelimit.RequestRateLimiter;
import nl.naober.gateway.tenant.TenantAccessFilter;
import nl.naober.gateway.tenant.TenantResolver;
import nl.naober.kernel.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The routes to the app. The public pages ({@code /publiek/{municipality}/…}) and the static assets
 * they link are forwarded on any host without a login, rate-limited per client address and with
 * nothing of a user's session; so are the case systems' notifications
 * ({@code POST /api/v1/zgw-notificaties/{municipality}}), with their own {@code Authorization}. A municipality host ({@code dinkelland.<domain>}) forwards every path
 * unchanged; on any other host {@code /g/{municipality}/…} forwards with the prefix stripped and
 * {@code GET /} is the landing. Each forwarded request passes, in this order: the tenant check,
 * the rate limits, the header rules and the token relay.
 *
 * <p>The steps are composed here with {@link HandlerFilterFunction#andThen} rather than with the
 * gateway builder's {@code before}/{@code filter} so that their order is explicit in one place.
 */
@Configuration(proxyBeanMethods = false)
class AppRoutes {

    /** The public pages of every municipality (no login), on any host: the municipality is in the path. */
    static final String PUBLIC_PATH = "/publiek/**";
    /**
     * The municipalities' case systems' notifications (ZGW webhook, POST only), on any host, without a
     * login: the app checks the municipality's notification token in {@code Authorization}.
     */
    static final String NOTIFICATION_PATH = "/api/v1/zgw-notificaties/*";
    /** The app's static assets at the root (the public pages link them there), on any host. */
    static final String[] STATIC_ASSET_PATHS = {"/css/**", "/img/**", "/nlds/**", "/webjars/**"};

    private static final RequestPredicate PUBLIC_PAGES = RequestPredicates.path(PUBLIC_PATH);
    private static final RequestPredicate NOTIFICATIONS = RequestPredicates.method(HttpMethod.POST)
            .and(RequestPredicates.path(NOTIFICATION_PATH));
    private static final RequestPredicate STATIC_ASSETS = RequestPredicates.method(HttpMethod.GET)
            .and(java.util.Arrays.stream(STATIC_ASSET_PATHS).map(RequestPredicates::path)
                    .reduce(RequestPredicate::or).orElseThrow());

    private final GatewayProperties properties;
    private final TenantResolver tenants;
    private final ErrorResponses errors;
    private final RequestRateLimiter limiter;
    private final OAuth2AuthorizedClientManager clients;
    private final String sessionCookieName;

    AppRoutes(GatewayProperties properties, TenantResolver tenants, ErrorResponses errors, RequestRateLimiter limiter,
            OAuth2AuthorizedClientManager clients,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookieName) {
        this.properties = properties;
        this.tenants = tenants;
        this.errors = errors;
        this.limiter = limiter;
        this.clients = clients;
        this.sessionCookieName = sessionCookieName;
    }

    @Bean
    RouterFunction<ServerResponse> municipalityRoutes() {
        RequestPredicate municipalityHost = request -> hostTenant(request).isPresent();
        RequestPredicate municipalityPath = municipalityHost.negate()
                .and(request -> tenants.fromPath(request.path()).isPresent());
        return route("public")
                .route(PUBLIC_PAGES.or(STATIC_ASSETS), http())
                .filter(HandlerFilterFunction.<ServerResponse>ofRequestProcessor(uri(properties.appUri()))
                        .andThen(new PublicRateLimitFilter(limiter, errors))
                        .andThen(HandlerFilterFunction.ofRequestProcessor(new PublicRequestHeaders())))
                .build()
                // not rate-limited per address: one Notificaties component sends every notification of
                // a municipality, and a refused one is only sent again later
                .and(route("zgw-notifications")
                        .route(NOTIFICATIONS, http())
                        .filter(HandlerFilterFunction.<ServerResponse>ofRequestProcessor(uri(properties.appUri()))
                                .andThen(HandlerFilterFunction.ofRequestProcessor(new NotificationRequestHeaders())))
                        .build())
                .and(route("municipality-by-host")
                        .route(municipalityHost, http())
                        .filter(toApp(this::hostTenant, false))
                        .build())
                .and(route("municipality-by-path")
                        .route(municipalityPath, http())
                        .filter(toApp(request -> tenants.fromPath(request.path()), true)
                                .andThen(HandlerFilterFunction.ofRequestProcessor(stripPrefix(2))))
                        .build())
                .and(route("landing")
                        .route(municipalityHost.negate().and(RequestPredicates.method(HttpMethod.GET))
                                .and(RequestPredicates.path("/")), new LandingHandler(errors))
                        .build());
    }

    private HandlerFilterFunction<ServerResponse, ServerResponse> toApp(
            Function<ServerRequest, Optional<TenantId>> routedTenant, boolean pathPrefixed) {
        return HandlerFilterFunction.<ServerResponse>ofRequestProcessor(uri(properties.appUri()))
                .andThen(new TenantAccessFilter(routedTenant, errors))
                .andThen(new RateLimitFilter(limiter, errors))
                .andThen(HandlerFilterFunction.ofRequestProcessor(
                        new ForwardedRequestHeaders(sessionCookieName, pathPrefixed)))
                .andThen(new AccessTokenRelay(clients, errors));
    }

    private Optional<TenantId> hostTenant(ServerRequest request) {
        return tenants.fromHost(request.servletRequest().getServerName());
    }
}
