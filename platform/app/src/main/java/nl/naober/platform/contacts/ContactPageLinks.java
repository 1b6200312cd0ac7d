package nl.naober.platform.contacts;

import java.util.List;
import java.util.Objects;

/**
 * For modules that build on contacts: what they offer to do next with a contact, shown as links on
 * the contact's page ("Wmo-melding starten"). The contacts module cannot know those modules (they
 * depend on it), so they contribute the links as beans.
 *
 * <pre>{@code
 * @Component
 * class IntakeContactLinks implements ContactPageLinks {
 *     public List<Link> linksFor(ContactLookup.ContactReference contact) {
 *         return mayStart(contact) ? List.of(new Link("intakes.page.start-from-contact", "/wmo-meldingen/nieuw?contact=" + contact.id()))
 *                 : List.of();
 *     }
 * }
 * }</pre>
 */
public interface ContactPageLinks {

    /** The links for a contact the signed-in supporter has just opened; empty when none apply. */
    List<Link> linksFor(ContactLookup.ContactReference contact);

    /**
     * One link.
     *
     * @param labelKey the message key of its text (in the contributing module's bundle)
     * @param path     the page's path inside the app, starting with {@code /}; the page adds the gateway's prefix
     */
    record Link(String labelKey, String path) {

        public Link {
            Objects.requireNonNull(labelKey, "labelKey");
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException("A link path is a path inside the app: " + path);
            }
        }
    }
}
