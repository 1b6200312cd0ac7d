package nl.naober.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every text of every page comes from a message bundle (Dutch and English), so no template may
 * hold text of its own: a text node is allowed only as prototype text inside an element whose
 * content Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace},
 * {@code th:insert}), and texts in attributes that people read ({@code alt}, {@code title},
 * {@code aria-label}, {@code placeholder}) must be set with {@code th:*}. Also no inline script
 * or style: the gateway's Content-Security-Policy would block them.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> CONTENT_REPLACED = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");

    @Test
    void noTemplateHoldsTextOfItsOwn() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            problems.addAll(problems(TEMPLATES.relativize(template).toString(),
                    Files.readString(template, StandardCharsets.UTF_8)));
        }
        assertThat(problems).as("hard-coded texts (put them in a message bundle)").isEmpty();
    }

    @Test
    void theCheckFindsWhatItShould() {
        assertThat(problems("t.html", """
                <p>Welkom</p>
                <p th:text="#{welcome}">Welkom</p>
                <p th:text="#{x}"><span>binnen een vervangen element</span></p>
                <div th:replace="~{x :: y}"><b>voorbeeld</b></div>
                <img src="a.png" alt="Logo"><img src="b.png" alt=""><img src="c.png" th:alt="${name}">
                <input placeholder="Naam"><a href="#" title="Meer">x</a><nav aria-label="Menu"></nav>
                <!-- an ordinary comment --><script>alert(1)</script><div style="color: red"></div>
                """)).containsExactly(
                        "t.html: text \"Welkom\" in <p>",
                        "t.html: alt=\"Logo\" on <img>",
                        "t.html: placeholder=\"Naam\" on <input>",
                        "t.html: title=\"Meer\" on <a>",
                        "t.html: text \"x\" in <a>",
                        "t.html: aria-label=\"Menu\" on <nav>",
                        "t.html: inline script",
                        "t.html: inline style on <div>");
    }

    private static List<String> problems(String name, String html) {
        List<String> problems = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    for (String attribute : READ_ATTRIBUTES) {
                        if (!element.attr(attribute).isBlank()) {
                            problems.add("%s: %s=\"%s\" on <%s>".formatted(name, attribute, element.attr(attribute),
                                    element.tagName()));
                        }
                    }
                    if (element.nameIs("script") && !element.hasAttr("src") && !element.hasAttr("th:src")) {
                        problems.add(name + ": inline script");
                    }
                    if (element.nameIs("style") || element.hasAttr("style") || element.hasAttr("th:style")) {
                        problems.add(name + ": inline style on <" + element.tagName() + ">");
                    }
                } else if (node instanceof TextNode text && !text.isBlank() && !replaced(text)) {
                    problems.add("%s: text \"%s\" in <%s>".formatted(name, text.text().strip(),
                            ((Element) text.parent()).tagName()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, Jsoup.parse(html));
        return problems;
    }

    private static boolean replaced(TextNode text) {
        for (Node ancestor = text.parent(); ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor instanceof Element element
                    && element.attributes().asList().stream().anyMatch(a -> CONTENT_REPLACED.contains(a.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
