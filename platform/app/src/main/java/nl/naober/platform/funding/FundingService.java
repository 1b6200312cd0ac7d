package nl.naober.platform.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.contacts.ContactStatistics;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.security.Caller;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants, costs and what was spent. Spent = the supporter's registered hours in the village that
 * year (the minutes of her contacts; the hours module will add time outside contacts) × the
 * grant's hourly rate + the costs. Only the municipal administrator calls this (endpoint rules).
 */
@Service
@Transactional
class FundingService {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");
    static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    static final BigDecimal MAX_RATE = new BigDecimal("1000");
    static final int MAX_DESCRIPTION = 200;
    static final int FIRST_YEAR = 2000;

    private final GrantRepository grants;
    private final GrantCostRepository costs;
    private final ContactStatistics contacts;
    private final VillageDirectory villages;
    private final InputReader input;
    private final Clock clock;

    FundingService(GrantRepository grants, GrantCostRepository costs, ContactStatistics contacts,
            VillageDirectory villages, InputReader input, Clock clock) {
        this.grants = grants;
        this.costs = costs;
        this.contacts = contacts;
        this.villages = villages;
        this.input = input.withRequiredMessages("funding.required.");
        this.clock = clock;
    }

    /** The year asked for (blank: this year), from 2000 up to next year (a grant is set beforehand). */
    int year(String raw) {
        int current = input.today().getYear();
        if (raw == null || raw.isBlank()) {
            return current;
        }
        try {
            int year = Integer.parseInt(raw.strip());
            if (year >= FIRST_YEAR && year <= current + 1) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, like a year out of range
        }
        throw new InvalidInputException(List.of(new InvalidInputException.Violation("year",
                input.text("input.number.out-of-range", String.valueOf(FIRST_YEAR), String.valueOf(current + 1)))));
    }

    /** Every active village's funding in a year, in name order. */
    @Transactional(readOnly = true)
    List<FundingResponses.GrantView> overview(int year) {
        List<VillageSummary> active = villages.all().stream().filter(VillageSummary::active).toList();
        return views(active, year);
    }

    FundingResponses.GrantView set(FundingRequests.GrantChange request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        VillageSummary village = village(request.village(), errors);
        Integer year = request.year();
        int last = input.today().getYear() + 1;
        if (year == null) {
            input.missing("year", errors);
        } else if (year < FIRST_YEAR || year > last) {
            // years are written without a thousands separator
            errors.add("year", input.text("input.number.out-of-range", String.valueOf(FIRST_YEAR), String.valueOf(last)));
        }
        BigDecimal granted = Amounts.read("grantedAmount", request.grantedAmount(), 2, MAX_AMOUNT,
                "funding.amount.invalid", input, errors);
        BigDecimal hours = Amounts.read("hoursBudget", request.hoursBudget(), 1, MAX_HOURS, "funding.hours.invalid",
                input, errors);
        BigDecimal rate = Amounts.read("hourlyRate", request.hourlyRate(), 2, MAX_RATE, "funding.amount.invalid",
                input, errors);
        errors.throwIfAny();
        Grant grant = grants.findByVillageIdAndYear(village.id(), year).orElseGet(() -> new Grant(village.id(), year));
        grant.set(granted, hours, rate, who(), clock.instant());
        grants.saveAndFlush(grant);
        return views(List.of(village), year).getFirst();
    }

    FundingResponses.GrantView addCost(FundingRequests.NewCost request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        VillageSummary village = village(request.village(), errors);
        LocalDate date = input.requiredDate("date", request.date(), errors);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > input.today().getYear() + 1)) {
            errors.add("date", input.text("funding.date.out-of-range", FIRST_YEAR, input.today().getYear() + 1));
        }
        String description = input.requiredText("description", request.description(), MAX_DESCRIPTION, errors);
        BigDecimal amount = Amounts.read("amount", request.amount(), 2, MAX_AMOUNT, "funding.amount.invalid", input,
                errors);
        if (amount != null && amount.signum() <= 0) {
            errors.add("amount", input.text("funding.amount.positive"));
        }
        errors.throwIfAny();
        costs.saveAndFlush(new GrantCost(village.id(), date, description, amount, who(), clock.instant()));
        return views(List.of(village), date.getYear()).getFirst();
    }

    /** Granted and spent per village that has a grant in the year (for reports). */
    @Transactional(readOnly = true)
    List<FundingResponses.GrantView> withGrant(Collection<UUID> villageIds, int year) {
        return views(villages.findAll(villageIds), year).stream().filter(v -> v.grantedAmount() != null).toList();
    }

    private List<FundingResponses.GrantView> views(List<VillageSummary> shown, int year) {
        Set<UUID> ids = shown.stream().map(VillageSummary::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Grant> granted = grants.findAllByVillageIdInAndYear(ids, year).stream()
                .collect(Collectors.toMap(Grant::villageId, g -> g));
        Map<UUID, List<GrantCost>> costsOf = new HashMap<>();
        costs.findAllByVillageIdInAndYearOrderByCostDateAscRecordedAtAsc(ids, year)
                .forEach(c -> costsOf.computeIfAbsent(c.villageId(), v -> new java.util.ArrayList<>()).add(c));
        Map<UUID, Long> minutes = contacts.minutesByVillage(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return shown.stream().map(village -> {
            Grant grant = granted.get(village.id());
            List<GrantCost> entries = costsOf.getOrDefault(village.id(), List.of());
            BigDecimal hoursSpent = BigDecimal.valueOf(minutes.getOrDefault(village.id(), 0L))
                    .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
            BigDecimal costSum = entries.stream().map(GrantCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal rate = grant == null ? null : grant.hourlyRate();
            // the exact minutes × rate, rounded once to cents (not the rounded hours × rate)
            BigDecimal hoursCost = rate == null ? null : BigDecimal.valueOf(minutes.getOrDefault(village.id(), 0L))
                    .multiply(rate).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            BigDecimal spent = hoursCost == null ? null : hoursCost.add(costSum);
            BigDecimal balance = spent == null ? null : grant.grantedAmount().subtract(spent);
            String status = balance == null ? "no-grant" : balance.signum() > 0 ? "underspent"
                    : balance.signum() < 0 ? "overspent" : "on-budget";
            return new FundingResponses.GrantView(village.id(), village.name(), year,
                    grant == null ? null : grant.grantedAmount(), grant == null ? null : grant.hoursBudget(), rate,
                    hoursSpent, hoursCost, costSum, spent, balance, status, entries.stream()
                    .map(c -> new FundingResponses.CostView(c.id(), c.costDate(), c.description(), c.amount()))
                    .toList());
        }).toList();
    }

    private VillageSummary village(UUID id, InvalidInputException.Collector errors) {
        if (id == null) {
            input.missing("village", errors);
            return null;
        }
        VillageSummary found = villages.findAll(Set.of(id)).stream().filter(VillageSummary::active).findFirst()
                .orElse(null);
        if (found == null) {
            errors.add("village", input.text("funding.village.unknown"));
        }
        return found;
    }

    private static String who() {
        return Caller.current().map(Caller::subject).orElse("system");
    }
}
