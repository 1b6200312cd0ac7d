package nl.naober.platform.web;

import java.util.Objects;
import java.util.Optional;

/**
 * A part of the start page's "Vandaag" (UI.md: what a role has to do today), contributed by the
 * module that owns the work: the contacts module brings the supporter's follow-ups, later modules
 * bring contact requests, VOGs that expire and so on. The start page belongs to this module, the
 * data to the others; with this interface the web module shows their sections without depending
 * on them (they depend on the web module for their own pages, so the other way round would be a
 * cycle).
 *
 * <pre>{@code
 * @Component
 * class FollowUpsSection implements StartPageSection {
 *     public String template() { return "contacts/start-follow-ups"; }   // th:fragment="section(data)"
 *     public int order() { return 10; }
 *     public Optional<Object> data(CurrentPage page) {
 *         return page.role() == Role.SUPPORTER ? Optional.of(followUps()) : Optional.empty();
 *     }
 * }
 * }</pre>
 *
 * The template holds a fragment {@code section(data)} that receives what {@link #data} returned and
 * starts with an {@code h3} (the start page gives "Vandaag" its {@code h2}); its texts come from the
 * contributing module's bundle.
 */
public interface StartPageSection {

    /** The template with the fragment {@code section(data)}, e.g. {@code contacts/start-follow-ups}. */
    String template();

    /** Position within "Vandaag", low first. */
    int order();

    /**
     * What the section shows on this request's start page, or empty to leave the section out
     * (another role, or nothing that needs showing). Called once per start page.
     */
    Optional<Object> data(CurrentPage page);

    /** A section as the start page renders it: its template and its data. */
    record Shown(String template, Object data) {

        public Shown {
            Objects.requireNonNull(template, "template");
        }
    }
}
