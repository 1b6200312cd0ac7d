package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.naober.e2e.AccessPolicy.Rule;
import nl.naober.e2e.AccessPolicy.Scope;
import nl.naober.kernel.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the app (discovered from its handler mappings at test time) is called for every
 * role × own/other municipality × own/other village with real Keycloak tokens, directly at the app
 * (which must not rely on the gateway), and the answer is checked against {@link AccessPolicy}.
 * A leak is a 2xx where the policy says no, or any body that shows another municipality's or
 * another village's data where the policy says no. Error bodies must never show internals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixIntegrationTests {

    /** No resident data exists yet; any id shows whether the resident's access history is reachable. */
    private static final String RESIDENT = "4f6c1c3e-2b7a-4d2e-9a55-0c1d2e3f4a5b";

    private E2eStack.Municipality own;
    private E2eStack.Municipality other;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private String ownMemberId;
    private String otherMemberId;
    private String otherMarker;
    private String otherVillageMarker;

    @BeforeAll
    void twoMunicipalitiesWithEveryRole() {
        own = E2eStack.municipality("mx-eigen", "Eigen-dorp", "Buur-dorp-" + System.nanoTime());
        otherMarker = "Geheim-" + System.nanoTime();
        other = E2eStack.municipality("mx-ander", otherMarker);
        otherVillageMarker = E2eStack.call("GET", "/api/v1/municipalities/" + own.slug() + "/villages/"
                + own.villageIds().get(1), E2eStack.token(own.admin()), null).json().get("name").asString();
        tokens.put(Role.PLATFORM_ADMIN, E2eStack.platformAdminToken());
        tokens.put(Role.MUNICIPAL_ADMIN, E2eStack.token(own.admin()));
        for (Role role : List.of(Role.SUPPORTER, Role.SOUNDING_BOARD, Role.WMO_CONSULTANT, Role.POLICY_OFFICER,
                Role.PRIVACY_OFFICER)) {
            String email = role.code() + "@" + own.slug() + ".example";
            boolean villageBound = role == Role.SUPPORTER || role == Role.SOUNDING_BOARD;
            E2eStack.Response invited = villageBound ? E2eStack.invite(own, email, role.code(), own.villageIds().get(0))
                    : E2eStack.invite(own, email, role.code());
            E2eStack.expect(201, invited);
            if (role == Role.SUPPORTER) {
                ownMemberId = invited.json().get("id").asString();
            }
            E2eStack.setPassword(email);
            tokens.put(role, E2eStack.token(email));
        }
        otherMemberId = E2eStack.call("GET", "/api/v1/municipalities/" + other.slug() + "/users",
                E2eStack.token(other.admin()), null).json().get(0).get("id").asString();
    }

    @Test
    void everyEndpointAnswersEveryRoleAsThePolicySays() {
        List<Endpoint> endpoints = discoverEndpoints();
        assertThat(endpoints).as("discovered endpoints").hasSizeGreaterThan(10);
        List<String> unknown = endpoints.stream().filter(e -> AccessPolicy.find(e.method(), e.pattern()).isEmpty())
                .map(Endpoint::toString).toList();
        assertThat(unknown).as("endpoints missing from AccessPolicy").isEmpty();
        List<String> stale = AccessPolicy.RULES.stream()
                .filter(r -> endpoints.stream().noneMatch(e -> e.method().equals(r.method())
                        && e.pattern().equals(r.pattern())))
                .map(r -> r.method() + " " + r.pattern()).toList();
        assertThat(stale).as("policy rules that match no endpoint").isEmpty();

        List<String> leaks = new ArrayList<>();
        List<String> wrongRefusals = new ArrayList<>();
        List<String> internals = new ArrayList<>();
        int cases = 0;
        for (Endpoint endpoint : endpoints) {
            Rule rule = AccessPolicy.find(endpoint.method(), endpoint.pattern()).orElseThrow();
            for (Role role : Role.values()) {
                for (boolean ownMunicipality : new boolean[] {true, false}) {
                    for (boolean ownVillage : new boolean[] {true, false}) {
                        cases++;
                        Case c = new Case(endpoint, rule, role, ownMunicipality, ownVillage);
                        E2eStack.Response response = call(c);
                        boolean allowed = allowed(c);
                        String label = c + " -> " + response.status();
                        if (!allowed && (response.status() / 100 == 2 || showsForeignData(c, response))) {
                            leaks.add(label + " " + abbreviate(response.body()));
                        }
                        if (allowed && (response.status() == 401 || response.status() == 403)) {
                            wrongRefusals.add(label + " " + abbreviate(response.body()));
                        }
                        if (response.status() >= 400 && showsInternals(response.body())) {
                            internals.add(label + " " + abbreviate(response.body()));
                        }
                        if (ownMunicipality && response.body().contains(otherMarker)) {
                            leaks.add(label + " shows the other municipality's data");
                        }
                    }
                }
            }
        }
        System.out.printf("Isolation matrix: %d endpoints x %d cases each = %d calls, %d leaks%n", endpoints.size(),
                Role.values().length * 4, cases, leaks.size());
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(wrongRefusals).as("allowed by the policy but refused").isEmpty();
        assertThat(internals).as("error bodies showing internals").isEmpty();
    }

    private boolean allowed(Case c) {
        if (!c.rule().roles().contains(c.role())) {
            return c.rule().scope() == Scope.PUBLIC;
        }
        return switch (c.rule().scope()) {
            case PUBLIC, SIGNED_IN, PLATFORM -> true;
            case OWN_MUNICIPALITY -> c.ownMunicipality();
            case OWN_VILLAGE -> c.ownMunicipality() && (c.ownVillage() || !villageBound(c.role()));
        };
    }

    private boolean showsForeignData(Case c, E2eStack.Response response) {
        String body = response.body();
        return body.contains(otherMarker) || (!c.ownVillage() && villageBound(c.role()) && body.contains(otherVillageMarker));
    }

    private static boolean villageBound(Role role) {
        return role == Role.SUPPORTER || role == Role.SOUNDING_BOARD;
    }

    private static boolean showsInternals(String body) {
        return body.contains("Exception") || body.contains("\tat ") || body.contains("org.springframework")
                || body.contains("java.lang") || body.contains("org.hibernate") || body.contains("org.postgresql")
                || body.toLowerCase(java.util.Locale.ROOT).contains("select ");
    }

    private E2eStack.Response call(Case c) {
        E2eStack.Municipality target = c.ownMunicipality() ? own : other;
        String path = c.endpoint().pattern()
                .replace("{municipality}", target.slug())
                .replace("{slug}", c.endpoint().method().equals("DELETE") ? "bestaat-niet" : target.slug());
        if (path.contains("/villages/{id}")) {
            String village = c.ownMunicipality() ? own.villageIds().get(c.ownVillage() ? 0 : 1)
                    : other.villageIds().getFirst();
            path = path.replace("{id}", village);
        }
        if (path.contains("/users/{id}")) {
            path = path.replace("{id}", c.ownMunicipality() ? ownMemberId : otherMemberId);
        }
        path = path.replace("{residentId}", RESIDENT);
        String body = switch (c.endpoint().method()) {
            case "POST", "PUT", "PATCH" -> "{}";
            default -> null;
        };
        String token = tokens.get(c.role());
        if (path.equals("/")) {
            return E2eStack.sendWithHeader(E2eStack.get().appUrl() + path, token, "X-Naober-Tenant", target.slug());
        }
        return E2eStack.call(c.endpoint().method(), path, token, body);
    }

    private List<Endpoint> discoverEndpoints() {
        JsonNode mappings = E2eStack.call("GET", "/actuator/mappings", tokens.get(Role.PLATFORM_ADMIN), null).json();
        TreeSet<Endpoint> endpoints = new TreeSet<>();
        for (JsonNode context : mappings.get("contexts")) {
            JsonNode servlets = context.get("mappings").get("dispatcherServlets");
            for (JsonNode servlet : servlets) {
                for (JsonNode mapping : servlet) {
                    JsonNode details = mapping.get("details");
                    if (details == null || details.get("handlerMethod") == null
                            || !details.get("handlerMethod").get("className").asString().startsWith("nl.naober")) {
                        continue;
                    }
                    JsonNode conditions = details.get("requestMappingConditions");
                    for (JsonNode pattern : conditions.get("patterns")) {
                        for (JsonNode method : conditions.get("methods")) {
                            endpoints.add(new Endpoint(method.asString(), pattern.asString()));
                        }
                    }
                }
            }
        }
        return List.copyOf(endpoints);
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return (pattern + " " + method).compareTo(other.pattern + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    record Case(Endpoint endpoint, Rule rule, Role role, boolean ownMunicipality, boolean ownVillage) {

        @Override
        public String toString() {
            return endpoint + " as " + role.code() + (ownMunicipality ? " (own municipality" : " (other municipality")
                    + (ownVillage ? ", own village)" : ", other village)");
        }
    }
}
