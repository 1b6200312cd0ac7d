package nl.naober.platform.villages;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ProfileFunction;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.StorableText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, renames, archives villages and sets their function profile, within the current municipality. */
@Service
@Transactional
class VillageService {

    private final VillageRepository villages;
    private final MessageSource messages;
    private final Clock clock;

    VillageService(VillageRepository villages, MessageSource messages, Clock clock) {
        this.villages = villages;
        this.messages = messages;
        this.clock = clock;
    }

    /** Villages by name; {@code status} is {@code active}, {@code archived} or {@code all}. */
    @Transactional(readOnly = true)
    List<Village> list(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> villages.findByStatusOrderByNameAsc(VillageStatus.ACTIVE);
            case "archived" -> villages.findByStatusOrderByNameAsc(VillageStatus.ARCHIVED);
            case "all" -> villages.findAllByOrderByNameAsc();
            default -> throw new InvalidInputException(List.of(new InvalidInputException.Violation("status",
                    text("village.status.filter-unknown", status))));
        };
    }

    @Transactional(readOnly = true)
    Village get(UUID id) {
        return villages.findById(id).orElseThrow(() -> new ResourceNotFoundException(text("village.not-found", id)));
    }

    Village create(VillageRequests.NewVillage request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = validName(request.name(), errors);
        Set<ProfileFunction> functions = request.functions() == null ? ProfileFunction.all()
                : functions(request.functions(), errors);
        errors.throwIfAny();
        if (villages.existsByNameIgnoreCase(name)) {
            throw new ResourceConflictException("name", text("village.name.taken", name));
        }
        return villages.saveAndFlush(new Village(UUID.randomUUID(), name,
                VillageSlug.unique(name, villages::existsBySlug), functions, clock.instant()));
    }

    Village change(UUID id, VillageRequests.VillageChanges changes) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String name = changes.name() == null ? null : validName(changes.name(), errors);
        VillageStatus status = changes.status() == null ? null : status(changes.status(), errors);
        errors.throwIfAny();
        Village village = get(id);
        if (name != null && !name.equals(village.name())) {
            if (villages.existsByNameIgnoreCaseAndIdNot(name, id)) {
                throw new ResourceConflictException("name", text("village.name.taken", name));
            }
            village.rename(name, clock.instant());
        }
        if (status != null && status != village.status()) {
            village.changeStatus(status, clock.instant());
        }
        return villages.saveAndFlush(village);
    }

    Village changeFunctionProfile(UUID id, VillageRequests.FunctionProfile profile) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (profile.functions() == null) {
            errors.add("functions", text("village.functions.required"));
        }
        Set<ProfileFunction> functions = profile.functions() == null ? Set.of() : functions(profile.functions(), errors);
        errors.throwIfAny();
        Village village = get(id);
        village.changeFunctionProfile(functions, clock.instant());
        return villages.saveAndFlush(village);
    }

    private String validName(String raw, InvalidInputException.Collector errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add("name", text("village.name.required"));
        } else if (name.length() > Village.MAX_NAME_LENGTH) {
            errors.add("name", text("village.name.too-long", Village.MAX_NAME_LENGTH));
        } else if (!StorableText.isStorable(name)) {
            errors.add("name", text("village.name.invalid-characters"));
        }
        return name;
    }

    private Set<ProfileFunction> functions(List<String> codes, InvalidInputException.Collector errors) {
        Set<ProfileFunction> functions = EnumSet.noneOf(ProfileFunction.class);
        for (String code : codes) {
            Optional<ProfileFunction> function = code == null ? Optional.empty()
                    : ProfileFunction.fromCode(code.strip().toUpperCase(Locale.ROOT));
            function.ifPresentOrElse(functions::add,
                    () -> errors.add("functions", text("village.functions.unknown", code)));
        }
        return functions;
    }

    private VillageStatus status(String raw, InvalidInputException.Collector errors) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> VillageStatus.ACTIVE;
            case "archived" -> VillageStatus.ARCHIVED;
            default -> {
                errors.add("status", text("village.status.unknown", raw));
                yield null;
            }
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
