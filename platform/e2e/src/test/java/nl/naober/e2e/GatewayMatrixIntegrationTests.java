package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.naober.e2e.AccessPolicy.Rule;
import nl.naober.e2e.AccessPolicy.Scope;
import nl.naober.kernel.Role;
import nl.naober.local.NaoberStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same policy, now as a browser meets it: every tenant endpoint called through the gateway
 * from a logged-in browser session of every municipal role, for the own and another municipality,
 * with and without the CSRF token. Over all responses: the policy holds, state changes without a
 * CSRF token are refused, the security headers are present, and no error shows internals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayMatrixIntegrationTests {

    private static final List<Role> MUNICIPAL = List.of(Role.MUNICIPAL_ADMIN, Role.SUPPORTER, Role.SOUNDING_BOARD,
            Role.WMO_CONSULTANT, Role.POLICY_OFFICER, Role.PRIVACY_OFFICER);

    private NaoberStack stack;
    private E2eStack.Municipality own;
    private E2eStack.Municipality other;
    private String otherMarker;
    private final Map<Role, BrowserContext> sessions = new EnumMap<>(Role.class);
    private final Map<Role, String> csrfTokens = new EnumMap<>(Role.class);

    @BeforeAll
    void browserSessionsForEveryRole() {
        stack = E2eStack.get();
        own = E2eStack.municipality("gmx-eigen", "Eigen", "Buur");
        otherMarker = "Geheim-" + System.nanoTime();
        other = E2eStack.municipality("gmx-ander", otherMarker);
        for (Role role : MUNICIPAL) {
            String email = role == Role.MUNICIPAL_ADMIN ? own.admin() : role.code() + "@" + own.slug() + ".example";
            if (role != Role.MUNICIPAL_ADMIN) {
                boolean villageBound = role == Role.SUPPORTER || role == Role.SOUNDING_BOARD;
                E2eStack.expect(201, villageBound ? E2eStack.invite(own, email, role.code(), own.villageIds().get(0))
                        : E2eStack.invite(own, email, role.code()));
                E2eStack.setPassword(email);
            }
            BrowserContext context = Browser.newContext();
            Page page = context.newPage();
            page.navigate(stack.gatewayUrl() + "/g/" + own.slug() + "/");
            Browser.logIn(page, email, stack.demoPassword());
            page.waitForURL(stack.gatewayUrl() + "/g/" + own.slug() + "/**");
            csrfTokens.put(role, page.locator("input[name=_csrf]").first().getAttribute("value"));
            sessions.put(role, context);
        }
    }

    @AfterAll
    void closeSessions() {
        sessions.values().forEach(BrowserContext::close);
    }

    @Test
    void browserSessionsMeetThePolicyAndTheHygieneRulesAtTheGateway() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Rule rule : AccessPolicy.RULES) {
            if (rule.scope() == Scope.PLATFORM) {
                continue; // platform administration is not done through a municipality's pages
            }
            for (Role role : MUNICIPAL) {
                for (boolean ownMunicipality : new boolean[] {true, false}) {
                    boolean write = !rule.method().equals("GET");
                    for (boolean withCsrf : write ? new boolean[] {true, false} : new boolean[] {true}) {
                        calls++;
                        APIResponse response = call(rule, role, ownMunicipality, withCsrf);
                        String label = rule.method() + " " + rule.pattern() + " as " + role.code()
                                + (ownMunicipality ? " (own)" : " (other)") + (withCsrf ? "" : " without CSRF")
                                + " -> " + response.status();
                        // the gateway refuses anything under another municipality's prefix, whatever the data
                        boolean allowed = rule.roles().contains(role) && ownMunicipality;
                        String body = response.text();
                        if (write && !withCsrf && response.status() != 403) {
                            failures.add(label + ": a state change without CSRF token was not refused");
                        } else if (withCsrf && !allowed && (response.status() / 100 == 2 || body.contains(otherMarker))) {
                            failures.add(label + ": leak " + abbreviate(body));
                        } else if (withCsrf && allowed && (response.status() == 401 || response.status() == 403)) {
                            failures.add(label + ": refused although allowed " + abbreviate(body));
                        }
                        if (ownMunicipality && body.contains(otherMarker)) {
                            failures.add(label + ": shows the other municipality's data");
                        }
                        failures.addAll(hygiene(label, response));
                    }
                }
            }
        }
        System.out.printf("Gateway matrix: %d calls, %d failures%n", calls, failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindTls() {
        var cookie = sessions.get(Role.SUPPORTER).cookies(stack.gatewayUrl()).stream()
                .filter(c -> c.name.equals("SESSION")).findFirst().orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite.name()).isEqualTo("LAX");

        // behind the TLS-terminating load balancer (X-Forwarded-Proto from a trusted proxy address)
        try (BrowserContext anonymous = Browser.newContext()) {
            APIResponse response = anonymous.request().get(stack.gatewayUrl() + "/g/" + own.slug() + "/",
                    RequestOptions.create().setMaxRedirects(0).setHeader("Accept", "text/html")
                            .setHeader("X-Forwarded-Proto", "https"));
            String setCookie = response.headersArray().stream().filter(h -> h.name.equalsIgnoreCase("set-cookie"))
                    .map(h -> h.value).filter(v -> v.startsWith("SESSION=")).findFirst().orElseThrow();
            assertThat(setCookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(response.headers()).containsKey("strict-transport-security");
        }
    }

    private APIResponse call(Rule rule, Role role, boolean ownMunicipality, boolean withCsrf) {
        E2eStack.Municipality target = ownMunicipality ? own : other;
        String path = rule.pattern().replace("{municipality}", target.slug());
        if (path.contains("/villages/{id}")) {
            path = path.replace("{id}", target.villageIds().getFirst());
        }
        if (path.contains("/users/{id}")) {
            path = path.replace("{id}", "00000000-0000-0000-0000-000000000000");
        }
        path = path.replace("{residentId}", "00000000-0000-0000-0000-000000000000");
        RequestOptions options = RequestOptions.create().setMethod(rule.method()).setMaxRedirects(0)
                .setHeader("Accept", rule.pattern().equals("/") ? "text/html" : "application/json");
        if (!rule.method().equals("GET")) {
            options.setHeader("Content-Type", "application/json").setData("{}");
            if (withCsrf) {
                options.setHeader("X-CSRF-TOKEN", csrfTokens.get(role));
            }
        }
        return sessions.get(role).request().fetch(stack.gatewayUrl() + "/g/" + target.slug() + path, options);
    }

    private static List<String> hygiene(String label, APIResponse response) {
        List<String> problems = new ArrayList<>();
        Map<String, String> headers = response.headers();
        for (String header : List.of("content-security-policy", "x-content-type-options", "referrer-policy",
                "x-frame-options")) {
            if (!headers.containsKey(header)) {
                problems.add(label + ": no " + header + " header");
            }
        }
        String body = response.text();
        if (response.status() >= 400 && (body.contains("Exception") || body.contains("\tat ")
                || body.contains("org.springframework") || body.contains("java.lang")
                || body.toLowerCase(Locale.ROOT).contains("select "))) {
            problems.add(label + ": error body shows internals " + abbreviate(body));
        }
        return problems;
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
