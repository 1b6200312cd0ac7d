package nl.naober.platform.volunteers;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's VOG rules: years a certificate counts (default 3), months before its end that
 * renewal is asked (default 3), and which kinds of work need a valid one. Kept by the municipal
 * administrator; read by the register and the matching. Holds no personal data, so not audited.
 */
@Service
@Transactional
class VolunteerSettingsService {

    private final VolunteerSettingsRepository settings;
    private final WorkKindSettingRepository kinds;
    private final InputReader input;
    private final Clock clock;

    VolunteerSettingsService(VolunteerSettingsRepository settings, WorkKindSettingRepository kinds,
            InputReader input, Clock clock) {
        this.settings = settings;
        this.kinds = kinds;
        this.input = input.withRequiredMessages("volunteer.required.");
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    VolunteerSettings current() {
        return settings.findById(1).orElseGet(VolunteerSettings::defaults);
    }

    /** The kinds of work that need a valid VOG in this municipality. */
    @Transactional(readOnly = true)
    Set<WorkKind> vogRequired() {
        Map<WorkKind, Boolean> chosen = kinds.findAll().stream()
                .collect(Collectors.toMap(WorkKindSetting::kind, WorkKindSetting::vogRequired));
        return Arrays.stream(WorkKind.values()).filter(k -> chosen.getOrDefault(k, k.vogRequiredByDefault()))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(WorkKind.class)));
    }

    @Transactional(readOnly = true)
    VolunteerResponses.SettingsView view() {
        VolunteerSettings current = current();
        Set<WorkKind> required = vogRequired();
        return new VolunteerResponses.SettingsView(current.vogValidityYears(), current.renewalWindowMonths(),
                Arrays.stream(WorkKind.values()).map(k -> new VolunteerResponses.WorkKindView(CodedValue.code(k),
                        input.text("volunteer.work-kind." + CodedValue.code(k)), required.contains(k))).toList(),
                current.updatedAt());
    }

    /** Changes all settings at once; any invalid field changes nothing. */
    VolunteerResponses.SettingsView change(VolunteerRequests.Settings request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer years = input.requiredNumber("vogValidityYears", request.vogValidityYears(), 1, 10, errors);
        Integer months = input.requiredNumber("renewalWindowMonths", request.renewalWindowMonths(), 1, 12, errors);
        Set<WorkKind> required = input.codes("vogRequired", WorkKind.class, request.vogRequired(), errors);
        errors.throwIfAny();
        VolunteerSettings current = settings.findById(1).orElse(null);
        if (current == null) {
            settings.save(new VolunteerSettings(years, months, clock.instant()));
        } else {
            current.change(years, months, clock.instant());
        }
        Map<WorkKind, WorkKindSetting> stored = kinds.findAll().stream()
                .collect(Collectors.toMap(WorkKindSetting::kind, Function.identity()));
        for (WorkKind kind : WorkKind.values()) {
            WorkKindSetting setting = stored.get(kind);
            if (setting == null) {
                kinds.save(new WorkKindSetting(kind, required.contains(kind)));
            } else {
                setting.require(required.contains(kind));
            }
        }
        settings.flush();
        return view();
    }
}
