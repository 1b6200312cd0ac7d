package nl.naober.platform.municipalities;

import java.net.URI;
import java.util.List;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.Tenant;
import nl.naober.tenants.TenantProvisioning;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.UnknownTenantException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Municipalities on the platform, for the platform administrator. */
@RestController
@RequestMapping("/api/v1/municipalities")
class MunicipalityController {

    private final TenantRegistry registry;
    private final TenantProvisioning provisioning;

    MunicipalityController(TenantRegistry registry, TenantProvisioning provisioning) {
        this.registry = registry;
        this.provisioning = provisioning;
    }

    @GetMapping
    List<MunicipalityResponse> list() {
        return registry.findAll().stream().map(MunicipalityResponse::of).toList();
    }

    @PostMapping
    ResponseEntity<MunicipalityResponse> register(@RequestBody MunicipalityRegistration registration) {
        Tenant tenant = provisioning.register(registration.toNewTenant());
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + tenant.id().slug()))
                .body(MunicipalityResponse.of(tenant));
    }

    @GetMapping("/{slug}")
    MunicipalityResponse show(@PathVariable String slug) {
        return MunicipalityResponse.of(registry.find(known(slug)).orElseThrow(() -> new UnknownTenantException(slug)));
    }

    /** Resumes a provisioning that stopped half-way (or re-migrates an active municipality). */
    @PostMapping("/{slug}/provisioning")
    MunicipalityResponse provision(@PathVariable String slug) {
        return MunicipalityResponse.of(provisioning.provision(known(slug)));
    }

    /** Offboards: exports all data of the municipality, then removes its schema and resources. */
    @DeleteMapping("/{slug}")
    OffboardingResponse offboard(@PathVariable String slug) {
        return OffboardingResponse.of(provisioning.offboard(known(slug)));
    }

    private TenantId known(String slug) {
        try {
            TenantId id = TenantId.of(slug);
            if (registry.find(id).isEmpty()) {
                throw new UnknownTenantException(slug);
            }
            return id;
        } catch (nl.naober.kernel.InvalidIdentifierException e) {
            throw new UnknownTenantException(slug);
        }
    }
}
