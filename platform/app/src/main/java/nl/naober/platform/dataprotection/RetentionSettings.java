package nl.naober.platform.dataprotection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.security.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of the current municipality per record type: the record types are declared by
 * this module ({@link RetentionRule#RESIDENT}) and by the data-holding modules; the months are
 * the municipality's choice, or the declared default while it has chosen none.
 */
@Service
@Transactional
class RetentionSettings {

    private final List<RetentionRule> rules;
    private final RetentionSettingRepository settings;
    private final MessageSource messages;
    private final Clock clock;

    RetentionSettings(ObjectProvider<ResidentDataHolder> holders, RetentionSettingRepository settings,
            MessageSource messages, Clock clock) {
        List<RetentionRule> declared = new ArrayList<>();
        declared.add(RetentionRule.months(RetentionRule.RESIDENT, "dataprotection.record-type.resident", 24));
        holders.orderedStream().forEach(holder -> declared.addAll(holder.retentionRules()));
        this.rules = checked(declared);
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** Two modules claiming one record type, or following one nobody declared, is a programming error. */
    private static List<RetentionRule> checked(List<RetentionRule> declared) {
        Map<String, RetentionRule> byType = new HashMap<>();
        for (RetentionRule rule : declared) {
            if (byType.put(rule.recordType(), rule) != null) {
                throw new IllegalStateException("Retention record type declared twice: " + rule.recordType());
            }
        }
        for (RetentionRule rule : declared) {
            if (!rule.configurable() && (byType.get(rule.follows()) == null
                    || !byType.get(rule.follows()).configurable())) {
                throw new IllegalStateException(rule.recordType() + " follows " + rule.follows()
                        + ", which has no retention of its own");
            }
        }
        return List.copyOf(declared);
    }

    @Transactional(readOnly = true)
    RetentionPolicy policy(LocalDate today) {
        return new RetentionPolicy(today, effectiveMonths());
    }

    @Transactional(readOnly = true)
    RetentionResponses.Settings view() {
        Map<String, RetentionSetting> chosen = chosen();
        Map<String, Integer> months = effectiveMonths(chosen);
        List<RetentionResponses.RecordType> types = rules.stream()
                .map(rule -> new RetentionResponses.RecordType(rule.recordType(), text(rule.descriptionKey()),
                        months.get(rule.recordType()), rule.defaultMonths(), rule.configurable(), rule.follows(),
                        chosen.containsKey(rule.recordType())))
                .toList();
        Map<String, Integer> configurable = new LinkedHashMap<>();
        rules.stream().filter(RetentionRule::configurable)
                .forEach(rule -> configurable.put(rule.recordType(), months.get(rule.recordType())));
        return new RetentionResponses.Settings(configurable, types, RetentionRule.MIN_MONTHS, RetentionRule.MAX_MONTHS);
    }

    /**
     * Sets the months of every configurable record type at once (a PUT replaces the settings). Any
     * invalid value refuses the whole request: nothing is changed.
     */
    RetentionResponses.Settings change(RetentionRequests.SettingsChange request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<String, Object> given = request == null || request.months() == null ? null : request.months();
        if (given == null) {
            errors.add("months", text("dataprotection.retention.months.required-all"));
            errors.throwIfAny();
        }
        Map<String, RetentionRule> byType = rules.stream()
                .collect(Collectors.toMap(RetentionRule::recordType, Function.identity()));
        Map<String, Integer> valid = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            String field = "months." + entry.getKey();
            RetentionRule rule = byType.get(entry.getKey());
            if (rule == null) {
                errors.add(field, text("dataprotection.retention.record-type.unknown", abbreviated(entry.getKey())));
            } else if (!rule.configurable()) {
                errors.add(field, text("dataprotection.retention.record-type.follows", rule.follows()));
            } else {
                Integer months = wholeNumber(entry.getValue());
                if (months == null) {
                    errors.add(field, text("dataprotection.retention.months.not-a-number"));
                } else if (months < RetentionRule.MIN_MONTHS || months > RetentionRule.MAX_MONTHS) {
                    errors.add(field, text("dataprotection.retention.months.out-of-range", RetentionRule.MIN_MONTHS,
                            RetentionRule.MAX_MONTHS));
                } else {
                    valid.put(rule.recordType(), months);
                }
            }
        }
        rules.stream().filter(RetentionRule::configurable).filter(rule -> !given.containsKey(rule.recordType()))
                .forEach(rule -> errors.add("months." + rule.recordType(),
                        text("dataprotection.retention.months.required")));
        errors.throwIfAny();

        String by = Caller.current().map(Caller::subject).orElse("system");
        Map<String, RetentionSetting> chosen = chosen();
        valid.forEach((type, months) -> {
            RetentionSetting setting = chosen.get(type);
            if (setting == null) {
                settings.save(new RetentionSetting(type, months, clock.instant(), by));
            } else if (setting.months() != months) {
                setting.change(months, clock.instant(), by);
            }
        });
        settings.flush();
        return view();
    }

    private Map<String, Integer> effectiveMonths() {
        return effectiveMonths(chosen());
    }

    private Map<String, Integer> effectiveMonths(Map<String, RetentionSetting> chosen) {
        Map<String, Integer> months = new HashMap<>();
        for (RetentionRule rule : rules) {
            if (rule.configurable()) {
                RetentionSetting setting = chosen.get(rule.recordType());
                months.put(rule.recordType(), setting == null ? rule.defaultMonths() : setting.months());
            }
        }
        rules.stream().filter(rule -> !rule.configurable())
                .forEach(rule -> months.put(rule.recordType(), months.get(rule.follows())));
        return months;
    }

    private Map<String, RetentionSetting> chosen() {
        return settings.findAll().stream()
                .collect(Collectors.toMap(RetentionSetting::recordType, Function.identity()));
    }

    /** JSON numbers only, and only whole ones: "24", 24.5 and true are refused. */
    private static Integer wholeNumber(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long || value instanceof BigInteger) {
            // far outside the range; reported as out of range rather than as not a number
            return Integer.MAX_VALUE;
        }
        if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return decimal.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                    : decimal.intValueExact();
        }
        return null;
    }

    private static String abbreviated(String raw) {
        String shown = raw.codePoints().filter(c -> !Character.isISOControl(c))
                .limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() < raw.length() ? shown + "…" : shown;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
