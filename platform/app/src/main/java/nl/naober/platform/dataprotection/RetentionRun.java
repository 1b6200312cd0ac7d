package nl.naober.platform.dataprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies retention: for each active municipality, in one transaction under that municipality's
 * PostgreSQL advisory lock (so app instances started by the same schedule never work on one
 * municipality at once), it anonymises the residents whose last contact is older than the
 * retention, lets every {@link ResidentDataHolder} forget them, and then applies each holder's own
 * rules. Contacts stay, so every count stays the same. Running it again changes nothing.
 */
@Component
public class RetentionRun {

    /** First key of the advisory lock: "retention" among the app's advisory locks. */
    static final int LOCK_NAMESPACE = 20_070_001;

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger log = LoggerFactory.getLogger(RetentionRun.class);

    private final TenantRegistry tenants;
    private final RetentionSettings settings;
    private final RetentionSettingRepository locks;
    private final DataSubjects subjects;
    private final ObjectProvider<ResidentDataHolder> holders;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionRun(TenantRegistry tenants, RetentionSettings settings, RetentionSettingRepository locks,
            DataSubjects subjects, ObjectProvider<ResidentDataHolder> holders, PlatformTransactionManager transactions,
            Clock clock) {
        this.tenants = tenants;
        this.settings = settings;
        this.locks = locks;
        this.subjects = subjects;
        this.holders = holders;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The nightly run (cron {@code naober.retention.cron}, Europe/Amsterdam; {@code -} switches it off). */
    @Scheduled(cron = "${naober.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        runForAll(today());
    }

    /** Today in the Netherlands: the day retention is counted to. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Runs retention for every active municipality, one after the other; a failure stops only its own. */
    public List<RetentionOutcome> runForAll(LocalDate today) {
        List<RetentionOutcome> outcomes = new ArrayList<>();
        for (Tenant tenant : tenants.findByStatus(TenantStatus.ACTIVE)) {
            outcomes.add(runFor(tenant.id(), today));
        }
        log.info("Retention run for {} finished: {} municipalities, {} done, {} skipped, {} failed", today,
                outcomes.size(), count(outcomes, RetentionOutcome.Status.DONE),
                count(outcomes, RetentionOutcome.Status.SKIPPED), count(outcomes, RetentionOutcome.Status.FAILED));
        return outcomes;
    }

    /**
     * Runs retention for one municipality as if it were {@code today}, in one transaction: all of
     * it is saved, or (on a failure) none of it. Skipped when another run holds the municipality's
     * lock.
     */
    public RetentionOutcome runFor(TenantId tenant, LocalDate today) {
        try {
            RetentionOutcome outcome = TenantContext.supplyAs(tenant, () -> transaction.execute(status -> {
                if (!locks.tryRetentionLock()) {
                    return new RetentionOutcome(tenant.slug(), today, RetentionOutcome.Status.SKIPPED, 0, 0);
                }
                return apply(tenant, settings.policy(today));
            }));
            if (outcome.status() == RetentionOutcome.Status.SKIPPED) {
                log.info("Retention for {} skipped: another run holds its lock", tenant.slug());
            } else {
                log.info("Retention for {} on {}: {} residents anonymised, {} other records changed", tenant.slug(),
                        today, outcome.residentsAnonymised(), outcome.recordsChanged());
            }
            return outcome;
        } catch (RuntimeException e) {
            log.error("Retention for {} failed; nothing of this run was saved, the next run tries again",
                    tenant.slug(), e);
            return new RetentionOutcome(tenant.slug(), today, RetentionOutcome.Status.FAILED, 0, 0);
        }
    }

    private RetentionOutcome apply(TenantId tenant, RetentionPolicy policy) {
        List<ResidentDataHolder> all = holders.orderedStream().toList();
        List<UUID> anonymised = subjects.anonymiseResidentsWithoutContactSince(policy.cutoff(RetentionRule.RESIDENT));
        int changed = 0;
        for (UUID resident : anonymised) {
            for (ResidentDataHolder holder : all) {
                changed += holder.forgetResident(resident);
            }
        }
        for (ResidentDataHolder holder : all) {
            changed += holder.applyRetention(policy);
        }
        return new RetentionOutcome(tenant.slug(), policy.today(), RetentionOutcome.Status.DONE, anonymised.size(),
                changed);
    }

    private static long count(List<RetentionOutcome> outcomes, RetentionOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
