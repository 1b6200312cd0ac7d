package nl.naober.platform.users;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.Role;
import nl.naober.platform.security.Caller;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The signed-in colleague of this request and the villages she serves, read from the database on
 * every call: a supporter moved off a village loses access at once, whatever her token says.
 */
@Component
public class CurrentColleague {

    private final ColleagueDirectory colleagues;
    private final MessageSource messages;

    CurrentColleague(ColleagueDirectory colleagues, MessageSource messages) {
        this.colleagues = colleagues;
        this.messages = messages;
    }

    /** The colleague, if the caller is a registered, active colleague of this municipality. */
    public Optional<Colleague> find() {
        return Caller.current().flatMap(caller -> colleagues.byIdentity(caller.subject()));
    }

    /** The signed-in supporter; refused (403) for anyone else or a supporter no longer registered. */
    public Colleague requireSupporter() {
        return find().filter(c -> c.role() == Role.SUPPORTER)
                .orElseThrow(() -> new AccessDeniedException("not an active supporter of this municipality"));
    }

    /** The active villages the signed-in supporter serves. */
    public Set<UUID> supporterVillageIds() {
        return activeVillageIds(requireSupporter());
    }

    /** The active villages of a colleague already looked up in this request. */
    public static Set<UUID> activeVillageIds(Colleague colleague) {
        return colleague.villages().stream().filter(VillageSummary::active).map(VillageSummary::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * One of the signed-in supporter's own active villages. Any other village is "not found" (404):
     * a supporter does not learn which ids exist elsewhere.
     */
    public VillageSummary requireOwnVillage(UUID villageId) {
        List<VillageSummary> own = requireSupporter().villages();
        return own.stream().filter(v -> v.active() && v.id().equals(villageId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(messages.getMessage("village.not-found",
                        new Object[] {villageId}, LocaleContextHolder.getLocale())));
    }

    /**
     * The village a new record of the signed-in supporter belongs to: the one asked for if it is one
     * of her active villages, or her only active village when none is asked for; empty otherwise
     * (the caller says why, at its own field).
     */
    public Optional<VillageSummary> villageForNewRecord(UUID requested) {
        List<VillageSummary> own = requireSupporter().villages().stream().filter(VillageSummary::active).toList();
        if (requested == null) {
            return own.size() == 1 ? Optional.of(own.getFirst()) : Optional.empty();
        }
        return own.stream().filter(v -> v.id().equals(requested)).findFirst();
    }
}
