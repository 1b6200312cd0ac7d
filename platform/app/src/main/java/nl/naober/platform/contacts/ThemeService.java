package nl.naober.platform.contacts;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.input.InputReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's list of contact themes. */
@Service
@Transactional
class ThemeService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final ThemeRepository themes;
    private final InputReader input;
    private final Clock clock;

    ThemeService(ThemeRepository themes, InputReader input, Clock clock) {
        this.themes = themes;
        this.input = input;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Theme> all() {
        return themes.findAllByOrderByPositionAscLabelAsc();
    }

    @Transactional(readOnly = true)
    Map<UUID, Theme> byId() {
        return all().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
    }

    Theme create(ContactRequests.NewTheme request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String code = input.requiredText("code", request.code(), 40, errors);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add("code", input.text("theme.code.invalid"));
        }
        String label = input.requiredText("label", request.label(), 80, errors);
        errors.throwIfAny();
        if (themes.findByCode(code).isPresent()) {
            throw new ResourceConflictException("code", input.text("theme.code.taken", code));
        }
        int position = request.position() == null
                ? all().stream().mapToInt(Theme::position).max().orElse(0) + 10 : request.position();
        return themes.saveAndFlush(new Theme(UUID.randomUUID(), code, label, position, clock.instant()));
    }

    Theme change(UUID id, ContactRequests.ThemeChanges changes) {
        Theme theme = themes.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException(input.text("theme.not-found", id)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String label = changes.label() == null ? null : input.requiredText("label", changes.label(), 80, errors);
        errors.throwIfAny();
        theme.change(label, changes.active(), changes.position(), clock.instant());
        return themes.saveAndFlush(theme);
    }

    /** The active themes with these codes; unknown or switched-off codes are errors at {@code field}. */
    Set<UUID> activeIds(String field, Collection<String> codes, InvalidInputException.Collector errors) {
        Map<String, Theme> byCode = all().stream().filter(Theme::active)
                .collect(Collectors.toMap(Theme::code, Function.identity()));
        Set<UUID> ids = new HashSet<>();
        for (String code : codes) {
            Theme theme = code == null ? null : byCode.get(code.strip());
            if (theme == null) {
                errors.add(field, input.text("input.unknown-choice", InputReader.abbreviated(String.valueOf(code))));
            } else {
                ids.add(theme.id());
            }
        }
        return ids;
    }
}
