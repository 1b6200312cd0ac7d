package nl.naober.platform.users;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.Role;
import nl.naober.platform.identity.IdentityDirectory;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.tenants.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invites, lists, changes and deactivates the colleagues of the current municipality. */
@Service
@Transactional
class MemberService {

    /** Roles a municipal administrator may hand out; the platform administrator is not one of them. */
    static final Set<Role> INVITABLE = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.SUPPORTER, Role.SOUNDING_BOARD,
            Role.WMO_CONSULTANT, Role.POLICY_OFFICER, Role.PRIVACY_OFFICER);
    /** Roles that work for particular villages (and see only those). */
    static final Set<Role> VILLAGE_BOUND = EnumSet.of(Role.SUPPORTER, Role.SOUNDING_BOARD);

    private static final int MAX_NAME = 80;

    private final MemberRepository members;
    private final VillageDirectory villages;
    private final IdentityDirectory identities;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MemberService(MemberRepository members, VillageDirectory villages, IdentityDirectory identities,
            MessageSource messages, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.members = members;
        this.villages = villages;
        this.identities = identities;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<MemberResponse> list() {
        return members.findAllByOrderByLastNameAscFirstNameAsc().stream().map(this::response).toList();
    }

    @Transactional(readOnly = true)
    MemberResponse get(UUID id) {
        return response(find(id));
    }

    /** The signed-in colleague herself, found by the subject of her token. */
    @Transactional(readOnly = true)
    MemberResponse me(String identityId) {
        return members.findByIdentityId(identityId).map(this::response)
                .orElseThrow(() -> new ResourceNotFoundException(text("member.me.unknown")));
    }

    MemberResponse invite(MemberRequests.Invitation request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String firstName = name("firstName", request.firstName(), errors);
        String lastName = name("lastName", request.lastName(), errors);
        String email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
        if (!InputReader.isEmailAddress(email)) {
            errors.add("email", text("member.email.invalid"));
        }
        Role role = role(request.role(), errors);
        Set<UUID> villageIds = role == null ? Set.of() : villages(role, request.villages(), errors);
        errors.throwIfAny();
        if (members.findByEmailIgnoreCase(email).isPresent()) {
            throw new ResourceConflictException("email", text("member.email.taken", email));
        }
        String identityId = identities.invite(TenantContext.require(),
                new IdentityDirectory.Invitation(firstName, lastName, email, role));
        Member member = members.saveAndFlush(new Member(UUID.randomUUID(), identityId, firstName, lastName, email,
                role, villageIds, clock.instant()));
        return response(member);
    }

    MemberResponse change(UUID id, MemberRequests.Changes changes) {
        Member member = find(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Set<UUID> villageIds = changes.villages() == null ? null : villages(member.role(), changes.villages(), errors);
        MemberStatus status = changes.status() == null ? null : status(changes.status(), errors);
        errors.throwIfAny();
        if (villageIds != null) {
            member.assignVillages(villageIds, clock.instant());
        }
        if (status != null && status != member.status()) {
            identities.setEnabled(member.identityId(), status == MemberStatus.ACTIVE);
            member.changeStatus(status, clock.instant());
            if (status == MemberStatus.DEACTIVATED) {
                events.publishEvent(new ColleagueDeactivated(member.id()));
            }
        }
        return response(members.saveAndFlush(member));
    }

    private Member find(UUID id) {
        return members.findById(id).orElseThrow(() -> new ResourceNotFoundException(text("member.not-found", id)));
    }

    private MemberResponse response(Member member) {
        return MemberResponse.of(member, villages.findAll(member.villages()));
    }

    private String name(String field, String raw, InvalidInputException.Collector errors) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            errors.add(field, text("member." + field + ".required"));
        } else if (value.length() > MAX_NAME) {
            errors.add(field, text("member.name.too-long", MAX_NAME));
        }
        return value;
    }

    private Role role(String raw, InvalidInputException.Collector errors) {
        Optional<Role> role = raw == null ? Optional.empty() : Role.fromCode(raw.strip()).filter(INVITABLE::contains);
        if (role.isEmpty()) {
            errors.add("role", text("member.role.invalid", String.valueOf(raw)));
        }
        return role.orElse(null);
    }

    private Set<UUID> villages(Role role, List<UUID> requested, InvalidInputException.Collector errors) {
        Set<UUID> ids = requested == null ? Set.of() : new HashSet<>(requested);
        if (ids.contains(null)) {
            errors.add("villages", text("member.villages.unknown", "null"));
            return Set.of();
        }
        if (VILLAGE_BOUND.contains(role) && ids.isEmpty()) {
            errors.add("villages", text("member.villages.required"));
        }
        if (!VILLAGE_BOUND.contains(role) && !ids.isEmpty()) {
            errors.add("villages", text("member.villages.not-for-role"));
        }
        Set<UUID> active = new HashSet<>();
        for (VillageSummary village : villages.findAll(ids)) {
            if (village.active()) {
                active.add(village.id());
            }
        }
        ids.stream().filter(id -> !active.contains(id))
                .forEach(id -> errors.add("villages", text("member.villages.unknown", id)));
        return ids;
    }

    private MemberStatus status(String raw, InvalidInputException.Collector errors) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> MemberStatus.ACTIVE;
            case "deactivated" -> MemberStatus.DEACTIVATED;
            default -> {
                errors.add("status", text("member.status.unknown", raw));
                yield null;
            }
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
