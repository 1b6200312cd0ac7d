package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.Role;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Municipalities;
import nl.naober.platform.security.EndpointRules;
import nl.naober.testing.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The form fragments and the header's primary action on a page of another "module" (a fixture
 * controller here), as the engineers of the other modules will use them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FormFragmentsIntegrationTests.Fixture.class)
class FormFragmentsIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient api;
    String municipality;
    String supporter;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        municipality = Municipalities.register(api, "formulier");
        supporter = TestTokens.of(municipality, "supporter");
    }

    @Test
    void anEmptyFormHasALabelForEveryFieldAndNoErrors() {
        ApiClient.Response page = api.send("GET", "/test/formulier", supporter, null, null,
                "X-Naober-Tenant", municipality);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("[role=alert], [aria-invalid], .utrecht-form-field--invalid")).isEmpty();
        for (Element input : html.select("main input:not([type=hidden]), main textarea, main select")) {
            assertThat(html.select("label[for=" + input.id() + "]")).as(input.outerHtml()).hasSize(1);
        }
        assertThat(html.select("main input[type=radio]").eachAttr("id")).containsExactly("channel", "channel-1",
                "channel-2");
        assertThat(html.getElementById("name").attr("aria-describedby")).isEqualTo("name-hint");
        assertThat(html.getElementById("name-hint").text()).isEqualTo("Zoals de inwoner zich noemt.");
        assertThat(html.getElementById("note").hasAttr("aria-describedby")).isFalse();
        assertThat(html.getElementById("date").attr("type")).isEqualTo("date");
        assertThat(html.getElementById("minutes").attr("inputmode")).isEqualTo("numeric");
        assertThat(html.select("#village option").eachText()).containsExactly("Maak een keuze", "Denekamp", "Ootmarsum");
        assertThat(html.select("fieldset > legend").eachText()).contains("Hoe was het contact?", "Onderwerpen");
    }

    @Test
    void invalidInputShowsTheFormAgainWithA422TheSummaryTheMessagesAndTheValues() {
        ApiClient.Response page = post("name=", "note=Koffie+gedronken", "date=2026-11-02", "minutes=veel",
                "channel=phone", "topics=living", "topics=care", "village=ootmarsum");

        assertThat(page.status()).as(page.body()).isEqualTo(422);
        Document html = Jsoup.parse(page.body());
        Element summary = html.selectFirst("main [role=alert]");
        assertThat(summary).isNotNull();
        assertThat(summary.hasAttr("autofocus")).isTrue();
        assertThat(summary.select("h2").text()).isEqualTo("Er is iets niet goed ingevuld");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#name", "#minutes", "#channel");
        assertThat(summary.select("a").eachText()).containsExactly("Vul de naam in.", "Vul een heel getal in.",
                "Alleen een huisbezoek kan vandaag.");
        for (String field : List.of("name", "minutes", "channel")) {
            assertThat(html.getElementById(field)).as(field).isNotNull();
        }

        Element name = html.getElementById("name");
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).isEqualTo("name-hint name-error");
        assertThat(html.getElementById("name-error").text()).isEqualTo("Fout: Vul de naam in.");
        assertThat(name.closest(".utrecht-form-field").hasClass("utrecht-form-field--invalid")).isTrue();
        // the values as submitted
        assertThat(html.getElementById("note").text()).isEqualTo("Koffie gedronken");
        assertThat(html.getElementById("date").val()).isEqualTo("2026-11-02");
        assertThat(html.getElementById("minutes").val()).isEqualTo("veel");
        assertThat(html.getElementById("minutes").attr("aria-describedby")).isEqualTo("minutes-error");
        assertThat(html.select("input[name=channel][checked]").eachAttr("value")).containsExactly("phone");
        assertThat(html.select("input[name=topics][checked]").eachAttr("value")).containsExactly("living", "care");
        assertThat(html.select("#village option[selected]").eachAttr("value")).containsExactly("ootmarsum");
        // a group's error is announced with its fieldset
        assertThat(html.selectFirst("input[name=channel]").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("channel-error");
        assertThat(html.select("input[name=channel]").eachAttr("aria-invalid")).containsOnly("true");
        assertThat(html.select("input[name=topics][aria-invalid]")).isEmpty();
        // the layout is still there
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.selectFirst("header")).isNotNull();
    }

    @Test
    void validInputRedirectsLikeAnyPostRedirectGet() {
        ApiClient.Response page = post("name=Jan", "minutes=15", "channel=visit");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/test/formulier");
    }

    @Test
    void aModulesMenuEntryAndPrimaryActionAppearForItsRolesOnly() {
        Document supporterPage = Jsoup.parse(api.send("GET", "/test/formulier", supporter, null, null,
                "X-Naober-Tenant", municipality).body());

        // the real modules' entries for a supporter are there too (contacts: "Contacten", "Nieuw contact")
        assertThat(supporterPage.select("nav a").eachText()).startsWith("Start").contains("Mijn dorpen");
        assertThat(supporterPage.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Mijn dorpen");
        Element action = supporterPage.selectFirst("header a.naober-primary-action[href=/test/formulier]");
        assertThat(action.text()).isEqualTo("Dorpen van de gemeente");
        assertThat(action.attr("href")).isEqualTo("/test/formulier");

        Document adminPage = Jsoup.parse(api.send("GET", "/test/formulier", TestTokens.of(municipality,
                "municipal-admin"), null, null, "X-Naober-Tenant", municipality).body());
        assertThat(adminPage.select("nav a").eachText()).startsWith("Start").doesNotContain("Mijn dorpen");
        assertThat(adminPage.select("header a.naober-primary-action")).isEmpty();
    }

    private ApiClient.Response post(String... fields) {
        String body = String.join("&", java.util.Arrays.stream(fields).map(f -> {
            int equals = f.indexOf('=');
            return f.substring(0, equals) + "=" + URLEncoder.encode(f.substring(equals + 1).replace('+', ' '),
                    StandardCharsets.UTF_8);
        }).toList());
        return api.send("POST", "/test/formulier", supporter, body, "application/x-www-form-urlencoded",
                "X-Naober-Tenant", municipality);
    }

    /** A page of "another module": its controller, menu entry, primary action and access rules. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fixture {

        @Bean
        FixtureController fixtureController() {
            return new FixtureController();
        }

        @Bean
        NavigationItem fixtureMenu() {
            return new NavigationItem("home.my-villages", "/test/formulier", EnumSet.of(Role.SUPPORTER), 10);
        }

        @Bean
        PrimaryAction fixtureAction() {
            return new PrimaryAction("home.villages", "/test/formulier", EnumSet.of(Role.SUPPORTER));
        }

        @Bean
        EndpointRules fixtureRules() {
            return rules -> rules.requestMatchers(GET, "/test/formulier").authenticated()
                    .requestMatchers(POST, "/test/formulier").authenticated();
        }
    }

    record FixtureForm(String name, String note, String date, String minutes, String channel, List<String> topics,
            String village) {
    }

    @Controller
    static class FixtureController {

        @GetMapping("/test/formulier")
        String show(Model model) {
            model.addAttribute(FormErrors.FORM, new FixtureForm(null, null, null, null, null, List.of(), null));
            return options(model);
        }

        @PostMapping("/test/formulier")
        Object submit(FixtureForm form, Model model, CurrentPage page) {
            assertThat(page.municipality()).startsWith("Gemeente formulier");
            List<InvalidInputException.Violation> violations = new ArrayList<>();
            if (form.name() == null || form.name().isBlank()) {
                violations.add(new InvalidInputException.Violation("name", "Vul de naam in."));
            }
            if (form.minutes() != null && !form.minutes().matches("\\d+")) {
                violations.add(new InvalidInputException.Violation("minutes", "Vul een heel getal in."));
            }
            if (!"visit".equals(form.channel())) {
                violations.add(new InvalidInputException.Violation("channel", "Alleen een huisbezoek kan vandaag."));
            }
            if (!violations.isEmpty()) {
                options(model);
                return FormErrors.rerender("test/form-fixture", form, new InvalidInputException(violations));
            }
            return "redirect:/test/formulier";
        }

        private static String options(Model model) {
            model.addAttribute("channels", List.of(FormOption.of("visit", "Huisbezoek"), FormOption.of("phone",
                    "Telefoon"), FormOption.message("other", "nav.start")));
            model.addAttribute("topics", List.of(FormOption.of("living", "Wonen"), FormOption.of("care", "Zorg")));
            model.addAttribute("villages", List.of(FormOption.of("denekamp", "Denekamp"), FormOption.of("ootmarsum",
                    "Ootmarsum")));
            return "test/form-fixture";
        }
    }
}
