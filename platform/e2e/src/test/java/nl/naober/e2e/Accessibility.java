package nl.naober.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * axe-core in the real Chromium: a page must have no WCAG 2.1 A/AA violation (UI.md, "Accessible by
 * construction"). Use it on every page a browser test opens, at phone and desktop width.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails with every violation: rule, impact, the element(s) and what to do about it. */
    static void check(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", page.url(), results.getErrorMessage())
                .isFalse();
        List<String> violations = results.getViolations().stream()
                .flatMap(rule -> rule.getNodes().stream().map(node -> "%s (%s) at %s: %s".formatted(rule.getId(),
                        rule.getImpact(), node.getTarget(), rule.getHelp())))
                .toList();
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations on %s at %s px", page.url(),
                page.viewportSize() == null ? "?" : page.viewportSize().width).isEmpty();
    }
}
