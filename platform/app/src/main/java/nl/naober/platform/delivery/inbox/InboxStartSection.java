package nl.naober.platform.delivery.inbox;

import java.util.List;
import java.util.Optional;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/** The consultant's new (not yet accepted) and overdue intakes on the start page; left out when there are none. */
@Component
class InboxStartSection implements StartPageSection {

    private final InboxService inbox;

    InboxStartSection(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String template() {
        return "delivery/start-inbox";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (page.role() != Role.WMO_CONSULTANT) {
            return Optional.empty();
        }
        List<InboxResponses.InboxListItem> all = inbox.list();
        List<InboxResponses.InboxListItem> fresh = all.stream().filter(i -> i.acceptedAt() == null).toList();
        List<InboxResponses.InboxListItem> overdue = all.stream().filter(i -> i.deadlines().overdue()).toList();
        return fresh.isEmpty() && overdue.isEmpty() ? Optional.empty() : Optional.of(new Work(fresh, overdue));
    }

    record Work(List<InboxResponses.InboxListItem> fresh, List<InboxResponses.InboxListItem> overdue) {
    }
}
