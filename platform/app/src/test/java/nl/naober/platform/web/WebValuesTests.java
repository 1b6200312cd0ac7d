package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.naober.kernel.InvalidInputException.Violation;
import nl.naober.kernel.Role;
import org.junit.jupiter.api.Test;

/** The small values of the web module's API: paths, menu matching, branding, form lookups. */
class WebValuesTests {

    @Test
    void theVillageSwitcherReturnsOnlyToPagesOfThisApp() {
        assertThat(VillageChoiceController.localPath("/contacten/nieuw")).isEqualTo("/contacten/nieuw");
        for (String outside : new String[] {null, "", "contacten", "//evil.example/x", "https://evil.example",
                "/\\evil.example", "/x\r\nSet-Cookie: a=b", "/{village}", "/a?b=c"}) {
            assertThat(VillageChoiceController.localPath(outside)).as(outside).isEqualTo("/");
        }
    }

    @Test
    void aMenuEntryIsCurrentForItsPageAndThePagesBelowIt() {
        NavigationItem start = new NavigationItem("nav.start", "/", Set.of(Role.SUPPORTER), 0);
        NavigationItem contacts = new NavigationItem("nav.contacts", "/contacten", Set.of(Role.SUPPORTER), 10);

        assertThat(start.matches("/")).isTrue();
        assertThat(start.matches("/contacten")).isFalse();
        assertThat(contacts.matches("/contacten")).isTrue();
        assertThat(contacts.matches("/contacten/nieuw")).isTrue();
        assertThat(contacts.matches("/contactenlijst")).isFalse();
        assertThat(contacts.visibleTo(Role.SUPPORTER)).isTrue();
        assertThat(contacts.visibleTo(Role.POLICY_OFFICER)).isFalse();
        assertThat(contacts.visibleTo(null)).isFalse();
        assertThatThrownBy(() -> new NavigationItem("x", "https://elders.example", Set.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrimaryAction("x", "//elders.example", EnumSet.of(Role.SUPPORTER)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void brandingIsTheThemeByDefaultAndAcceptsOnlyPlainTokens() {
        assertThat(Branding.THEME.customised()).isFalse();
        Branding own = new Branding(Map.of("--basis-color-accent-1-inverse-bg-default", "#00689e",
                "--basis-heading-font-family", "'Noto Serif', serif"), "/logo.svg");
        assertThat(own.customised()).isTrue();
        assertThat(own.css()).isEqualTo("""
                .voorbeeld-theme {
                  --basis-color-accent-1-inverse-bg-default: #00689e;
                  --basis-heading-font-family: 'Noto Serif', serif;
                }
                """);
        for (var unsafe : List.of(Map.of("--x", "red; } body { display: none"), Map.of("color", "red"),
                Map.of("--x", "url(https://evil.example/a.png);"), Map.of("--x", "</style>"))) {
            assertThatThrownBy(() -> new Branding(unsafe, null)).as(unsafe.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Branding(Map.of(), "https://evil.example/logo.svg"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormFragmentsFindErrorsAndChosenValues() {
        FormFragments forms = new FormFragments();
        List<Violation> violations = List.of(new Violation("name", "De naam is verplicht."),
                new Violation("name", "Tweede melding."), new Violation("date", "Geen datum."));

        assertThat(forms.error(violations, "name")).isEqualTo("De naam is verplicht.");
        assertThat(forms.error(violations, "channel")).isNull();
        assertThat(forms.error(null, "name")).isNull();
        assertThat(forms.chosen(List.of("a", "b"), "b")).isTrue();
        assertThat(forms.chosen(new String[] {"a"}, "b")).isFalse();
        assertThat(forms.chosen(3, "3")).isTrue();
        assertThat(forms.chosen(null, "")).isFalse();
        assertThat(forms.describedBy("name", "Een hint", "Fout")).isEqualTo("name-hint name-error");
        assertThat(forms.describedBy("name", null, "Fout")).isEqualTo("name-error");
        assertThat(forms.describedBy("name", "Een hint", null)).isEqualTo("name-hint");
        assertThat(forms.describedBy("name", null, null)).isNull();
    }
}
