package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.naober.kernel.Role;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * The supporter's open follow-ups on the start page's "Vandaag": overdue first (the service orders
 * by date), each marked in words, each a link to its contact. Pseudonyms only.
 */
@Component
class FollowUpsStartSection implements StartPageSection {

    private final ContactService contacts;
    private final ContactPageSupport support;
    private final InputReader input;

    FollowUpsStartSection(ContactService contacts, ContactPageSupport support, InputReader input) {
        this.contacts = contacts;
        this.support = support;
        this.input = input;
    }

    @Override
    public String template() {
        return "contacts/start-follow-ups";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.SUPPORTER || page.colleague().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = input.today();
        Function<List<String>, List<String>> themes = support.themeLabels();
        return Optional.of(contacts.followUps().stream()
                .map(f -> new FollowUpRow(f, themes.apply(f.themes()), f.followUpOn().equals(today))).toList());
    }

    /** An open follow-up with its themes in words; due today or overdue (the item says which). */
    record FollowUpRow(ContactResponses.FollowUpItem followUp, List<String> themes, boolean today) {
    }
}
