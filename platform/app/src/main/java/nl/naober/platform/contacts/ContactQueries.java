package nl.naober.platform.contacts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.users.CurrentColleague;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public query side of this module for other modules: themes, counts and references. */
@Service
@Transactional(readOnly = true)
class ContactQueries implements ContactThemes, ContactStatistics, ContactLookup {

    private final ThemeService themes;
    private final ContactRepository contacts;
    private final ResidentRepository residents;
    private final ContactViews views;
    private final CurrentColleague colleague;

    ContactQueries(ThemeService themes, ContactRepository contacts, ResidentRepository residents, ContactViews views,
            CurrentColleague colleague) {
        this.themes = themes;
        this.contacts = contacts;
        this.residents = residents;
        this.views = views;
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
    public Map<UUID, Long> minutesByVillage(Collection<UUID> villages, LocalDate from, LocalDate to) {
        if (villages.isEmpty()) {
            return Map.of();
        }
        return contacts.minutesByVillage(villages, from, to).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
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

    @Override
    public List<ContactSummary> recentInVillage(UUID villageId, LocalDate from, LocalDate to, int limit) {
        if (villageId == null || !colleague.supporterVillageIds().contains(villageId)) {
            return List.of();
        }
        return summaries(contacts.findInVillages(Set.of(villageId), from, to).stream().limit(limit).toList());
    }

    @Override
    public List<ContactSummary> ofResident(UUID residentId) {
        Set<UUID> villages = colleague.supporterVillageIds();
        boolean reachable = residentId != null && residents.findById(residentId)
                .filter(r -> villages.contains(r.villageId()) && !r.anonymised()).isPresent();
        return reachable ? summaries(contacts.findAllByResidentIdOrderByContactDateDescCreatedAtDesc(residentId))
                : List.of();
    }

    /** Pseudonyms only: a choice list needs no more to tell contacts apart, so reading it is no audited act. */
    private List<ContactSummary> summaries(List<Contact> found) {
        Set<UUID> residentIds = found.stream().map(Contact::residentId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> pseudonyms = residents.findAllById(residentIds).stream()
                .collect(Collectors.toMap(Resident::id, Resident::pseudonym));
        ContactViews.ThemeCodes codes = views.themeCodes();
        return found.stream().map(c -> new ContactSummary(c.id(), c.villageId(), c.contactDate(), codes.of(c),
                c.residentId() == null ? null : pseudonyms.get(c.residentId()))).toList();
    }
}
