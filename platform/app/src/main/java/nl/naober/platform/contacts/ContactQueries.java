package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.platform.users.CurrentColleague;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public query side of this module for other modules: themes, counts and references. */
@Service
@Transactional(readOnly = true)
class ContactQueries implements ContactThemes, ContactStatistics, ContactLookup {

    private final ThemeService themes;
    private final ContactRepository contacts;
    private final CurrentColleague colleague;

    ContactQueries(ThemeService themes, ContactRepository contacts, CurrentColleague colleague) {
        this.themes = themes;
        this.contacts = contacts;
        this.colleague = colleague;
    }

    @Override
    public Optional<ThemeSummary> active(String code) {
        return code == null ? Optional.empty()
                : all().stream().filter(t -> t.active() && t.code().equals(code.strip())).findFirst();
    }

    @Override
    public List<ThemeSummary> all() {
        return themes.all().stream().map(t -> new ThemeSummary(t.code(), t.label(), t.active())).toList();
    }

    @Override
    public List<ThemeCount> countByTheme(Collection<UUID> villages, LocalDate from, LocalDate to) {
        if (villages.isEmpty()) {
            return List.of();
        }
        Map<UUID, Theme> byId = themes.byId();
        return contacts.countByTheme(villages, from, to).stream()
                .filter(row -> byId.containsKey((UUID) row[1]))
                .map(row -> new ThemeCount((UUID) row[0], byId.get((UUID) row[1]).code(), (Long) row[2]))
                .toList();
    }

    @Override
    public List<ContactReference> findAccessible(Collection<UUID> contactIds) {
        Set<UUID> villages = colleague.supporterVillageIds();
        if (contactIds.isEmpty() || villages.isEmpty()) {
            return List.of();
        }
        return contacts.findAllById(Set.copyOf(contactIds)).stream().filter(c -> villages.contains(c.villageId()))
                .map(c -> new ContactReference(c.id(), c.villageId(), c.residentId(), c.contactDate())).toList();
    }
}
