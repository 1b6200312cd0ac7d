package nl.naober.platform.dataprotection;

import java.util.List;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantRegistry;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.stereotype.Component;

/**
 * Runs retention by hand (runbook), for today only: a date cannot be given, so nothing can be
 * anonymised early. Not exposed unless operations add {@code retention} to
 * {@code management.endpoints.web.exposure.include}; then {@code POST /actuator/retention} (every
 * active municipality) or {@code POST /actuator/retention/{slug}} as platform administrator.
 */
@Component
@WebEndpoint(id = "retention")
class RetentionEndpoint {

    private final RetentionRun run;
    private final TenantRegistry tenants;

    RetentionEndpoint(RetentionRun run, TenantRegistry tenants) {
        this.run = run;
        this.tenants = tenants;
    }

    @WriteOperation
    List<RetentionOutcome> runForAll() {
        return run.runForAll(run.today());
    }

    /** 404 for a municipality that is not active on this platform. */
    @WriteOperation
    WebEndpointResponse<RetentionOutcome> runFor(@Selector String municipality) {
        TenantId tenant;
        try {
            tenant = TenantId.of(municipality);
        } catch (InvalidIdentifierException e) {
            return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
        }
        return tenants.find(tenant).filter(Tenant::isActive)
                .map(t -> new WebEndpointResponse<>(run.runFor(t.id(), run.today())))
                .orElseGet(() -> new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND));
    }
}
